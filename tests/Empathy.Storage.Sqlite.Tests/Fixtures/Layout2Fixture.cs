using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Fixtures;

/// <summary>
/// The layout-2 journal file committed beside this class (<c>layout2.db</c>), as the store of the
/// per-owner-keys change found it: written by the code of that time, before the file layout changed,
/// so the migration test opens a real old file rather than one the new code imitates.
/// </summary>
/// <remarks>
/// How it was made: <c>EMPATHY_MAKE_LAYOUT2_FIXTURE=$PWD/tests/Empathy.Storage.Sqlite.Tests/Fixtures
/// dotnet test tests/Empathy.Storage.Sqlite.Tests --filter MakeLayout2Fixture</c> on the commit that added
/// it (layout 2, one journal key). It holds two owners, their entries sealed under one passphrase at
/// <see cref="TempJournal.FastIterations"/> PBKDF2 iterations (a test value), and one JSON export per
/// owner (<c>layout2.alice.json</c>, <c>layout2.bob.json</c>) made from the same store, the expected
/// content after migration.
/// </remarks>
public static class Layout2Fixture
{
    public const string Passphrase = TempJournal.Passphrase;

    public static readonly JournalOwnerId Alice = new("alice");

    public static readonly JournalOwnerId Bob = new("bob");

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string DatabaseFile => Path.Combine(Folder, "layout2.db");

    public static string ExportFile(JournalOwnerId owner) => Path.Combine(Folder, $"layout2.{owner.Value}.json");

    /// <summary>Writes the fixture files into <paramref name="folder"/> (run once, on the old layout).</summary>
    public static async Task MakeAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "layout2.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        using (var key = PassphraseKeyProvider.CreateWithIterationsBelowMinimumForTesting(Passphrase, TempJournal.FastIterations))
        using (var store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = path }, key))
        {
            await store.AddRangeAsync(Alice, JournalSamples.Hourly(3, ["meeting", "boss"]));
            await store.AddAsync(Alice, JournalSamples.Entry(JournalSamples.Start.AddDays(1), ["family"], "Dinner with my sister went quietly."));
            var gone = JournalSamples.Entry(JournalSamples.Start.AddDays(2));
            await store.AddAsync(Alice, gone);
            await store.DeleteAsync(Alice, gone.Id);
            await store.AddRangeAsync(Bob, JournalSamples.Hourly(2, ["running"]));
            foreach (var owner in new[] { Alice, Bob })
            {
                var export = await store.ExportAsync(owner);
                await File.WriteAllBytesAsync(Path.Combine(folder, $"layout2.{owner.Value}.json"), JournalExportJson.SerializeToUtf8Bytes(export));
            }

            await store.CheckpointAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

/// <summary>Runs <see cref="Layout2Fixture.MakeAsync"/> only when asked (reported skipped otherwise).</summary>
public sealed class Layout2FixtureMaker
{
    private const string Variable = "EMPATHY_MAKE_LAYOUT2_FIXTURE";

    [FactWhenEnvironment(Variable)]
    public Task MakeLayout2Fixture() => Layout2Fixture.MakeAsync(Environment.GetEnvironmentVariable(Variable)!);
}

/// <summary>A fact that runs only when an environment variable is set; otherwise xunit reports it skipped with the reason.</summary>
public sealed class FactWhenEnvironmentAttribute : FactAttribute
{
    public FactWhenEnvironmentAttribute(string variable)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"Set {variable} to run this (it writes files, it checks nothing).";
        }
    }
}
