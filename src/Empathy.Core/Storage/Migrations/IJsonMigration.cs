using System.Text.Json.Nodes;

namespace Empathy.Core.Storage.Migrations;

/// <summary>
/// One step of a schema migration: rewrites a JSON object from version <see cref="FromVersion"/> to the
/// next version, in place. The <see cref="JsonMigrationChain"/> runs the steps in order and stamps the
/// new version number after each, so a step only moves and converts fields.
/// </summary>
/// <remarks>
/// To change <see cref="Journal.JournalEntry"/>'s shape: bump <see cref="Journal.JournalEntry.CurrentSchemaVersion"/>,
/// write a step whose <see cref="FromVersion"/> is the old version, and add it to
/// <see cref="JournalMigrations.Entries"/>. Stored entries and exports of every older version are then
/// read through the new step. Steps work on JSON nodes, not on model types, so old shapes never need
/// classes of their own (and stay trimming- and AOT-safe).
/// </remarks>
internal interface IJsonMigration
{
    /// <summary>The version this step reads; it writes <c>FromVersion + 1</c>.</summary>
    int FromVersion { get; }

    /// <summary>Rewrites <paramref name="node"/> in place.</summary>
    /// <exception cref="JournalFormatException">The node is not in the shape of <see cref="FromVersion"/>.</exception>
    void Apply(JsonObject node);
}
