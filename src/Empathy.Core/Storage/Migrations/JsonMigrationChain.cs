using System.Text.Json.Nodes;

namespace Empathy.Core.Storage.Migrations;

/// <summary>Runs <see cref="IJsonMigration"/> steps in order until a JSON object reaches the current version.</summary>
internal sealed class JsonMigrationChain
{
    private readonly Dictionary<int, IJsonMigration> _steps;

    public JsonMigrationChain(string subject, string versionProperty, int currentVersion, IEnumerable<IJsonMigration> steps)
    {
        Subject = subject;
        VersionProperty = versionProperty;
        CurrentVersion = currentVersion;
        _steps = steps.ToDictionary(s => s.FromVersion);
    }

    /// <summary>What the chain migrates, for messages ("journal entry").</summary>
    public string Subject { get; }

    /// <summary>The property that holds the version once migrated.</summary>
    public string VersionProperty { get; }

    /// <summary>The version the chain migrates to.</summary>
    public int CurrentVersion { get; }

    /// <summary>Migrates <paramref name="node"/> from <paramref name="fromVersion"/> to <see cref="CurrentVersion"/>, in place.</summary>
    /// <exception cref="JournalFormatException">The version is newer than this library, or no step reads it.</exception>
    public void MigrateToCurrent(JsonObject node, int fromVersion)
    {
        if (fromVersion > CurrentVersion)
        {
            throw new JournalFormatException(
                $"This {Subject} has version {fromVersion}, written by a newer version of Empathy.Core; this version reads versions up to {CurrentVersion}. Update the library to read it.");
        }

        for (var version = fromVersion; version < CurrentVersion; version++)
        {
            if (!_steps.TryGetValue(version, out var step))
            {
                throw new JournalFormatException($"This {Subject} has version {fromVersion}, and no migration reads version {version}; versions {string.Join(", ", _steps.Keys.Order())} can be migrated.");
            }

            step.Apply(node);
            node[VersionProperty] = version + 1;
        }
    }
}
