using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests;

public sealed class DurabilityTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task EightConcurrentWriters_OfAThousandEntriesEach_AllReadableAndIntact()
    {
        using var store = _journal.Open();
        var writers = Enumerable.Range(0, 8).Select(w => (Owner: new JournalOwnerId($"writer-{w}"), Entries: JournalSamples.Hourly(1000, [$"writer-{w}"]))).ToArray();

        await Task.WhenAll(writers.Select(w => Task.Run(async () =>
        {
            foreach (var entry in w.Entries)
            {
                await store.AddAsync(w.Owner, entry);
            }
        })));

        Assert.Equal(8000L, _journal.RawScalar("SELECT count(*) FROM journal_entries"));
        foreach (var (owner, entries) in writers)
        {
            Assert.Equal(entries, (await store.ExportAsync(owner)).Entries);
        }

        Assert.Equal("ok", _journal.RawScalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task KilledMidWriteLoop_EveryReturnedAddSurvives_AndTheStoreOpensCleanly()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var owner = new JournalOwnerId("crash-owner");
        var (acknowledged, practice) = await RunAndKillWriterAsync(key, owner.Value, killAfter: 150);
        Assert.True(acknowledged.Count >= 150, $"The writer acknowledged only {acknowledged.Count} entries.");

        Assert.Equal("ok", _journal.RawScalar("PRAGMA integrity_check"));
        using var provider = JournalKeyProvider.FromKey("crash-key", key);
        using var store = _journal.Open(provider);
        foreach (var id in acknowledged)
        {
            var entry = await store.GetAsync(owner, id);
            Assert.Equal(JournalSamples.SecretPhrase, entry.AutomaticThoughts[1].Reveal());
        }

        // Every acknowledged practice record too, of every kind.
        Assert.True(practice.Count >= 149, $"The writer acknowledged only {practice.Count} practice records.");
        var stored = await ((IPracticeStore)store).ExportAsync(owner);
        var storedNames = PracticeKinds.All.SelectMany(kind => NamesOf(stored, kind)).ToHashSet();
        Assert.Superset(practice.ToHashSet(), storedNames);
        Assert.All(stored.SelfEmpathyNotes, n => Assert.Equal(PracticeSamples.SecretPhrase, n.Value.CreditEffort.Reveal()));

        // The store keeps working: more writes, and everything written is consistent.
        await store.AddAsync(owner, JournalSamples.Entry());
        var all = (await store.ExportAsync(owner)).Entries;
        Assert.True(all.Count >= acknowledged.Count + 1);
        Assert.Superset(acknowledged.ToHashSet(), all.Select(e => e.Id).ToHashSet());
    }

    [Fact]
    public async Task KilledMidPassphraseChange_TheLastAcknowledgedOrTheNextPassphraseOpens_NeverNeither()
    {
        var owner = new JournalOwnerId("crash-owner");
        var entry = JournalSamples.Entry();
        using (var vaults = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = _journal.DatabasePath }))
        {
            using var first = OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting("passphrase 0", 1_000);
            using var session = (await vaults.CreateAsync(owner, first, withRecoveryKey: false)).Session;
            await vaults.AddAsync(owner, entry);
        }

        // Each change derives two keys at the full 600,000 iterations, so about one change a second: kill after two.
        var lines = await RunAndKillAsync([_journal.DatabasePath, "change-passphrase", owner.Value], line => line == "changed 2");
        var changed = lines.Count(line => line.StartsWith("changed ", StringComparison.Ordinal));
        Assert.True(changed >= 2, $"The writer acknowledged only {changed} changes.");

        Assert.Equal("ok", _journal.RawScalar("PRAGMA integrity_check"));
        using var store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = _journal.DatabasePath });
        var opened = new List<int>();
        foreach (var n in new[] { changed - 1, changed, changed + 1 })
        {
            using var secret = OwnerSecret.FromPassphrase($"passphrase {n}");
            try
            {
                using var session = await store.OpenAsync(owner, secret);
                Assert.Equal(entry, await store.GetAsync(owner, entry.Id));
                opened.Add(n);
            }
            catch (WrongJournalKeyException)
            {
            }
        }

        // Exactly one passphrase opens: the last acknowledged one, or the one whose change was committed just before the kill.
        var only = Assert.Single(opened);
        Assert.Contains(only, new[] { changed, changed + 1 });
    }

    private static IEnumerable<string> NamesOf(PracticeExport export, PracticeKind kind) => kind.Name switch
    {
        "relationship" => export.Relationships.Select(r => $"{kind.Name} {r.Id}"),
        "energy-tank" => export.EnergyTanks.Select(r => $"{kind.Name} {r.Id}"),
        "inner-critic" => export.InnerCritics.Select(r => $"{kind.Name} {r.Id}"),
        "boundary-map" => export.BoundaryMaps.Select(r => $"{kind.Name} {r.Id}"),
        "exercise-response" => export.ExerciseResponses.Select(r => $"{kind.Name} {r.Id}"),
        _ => export.SelfEmpathyNotes.Select(r => $"{kind.Name} {r.Id}"),
    };

    private async Task<(List<JournalEntryId> Entries, List<string> Practice)> RunAndKillWriterAsync(byte[] key, string owner, int killAfter)
    {
        var entries = 0;
        var lines = await RunAndKillAsync(
            [_journal.DatabasePath, "crash-key", Convert.ToHexString(key), owner],
            line => JournalEntryId.TryParse(line, out _) && ++entries == killAfter);
        var acknowledged = lines.Where(line => JournalEntryId.TryParse(line, out _)).Select(JournalEntryId.Parse).ToList();
        var practice = lines.Where(line => line.StartsWith("practice ", StringComparison.Ordinal)).Select(line => line["practice ".Length..]).ToList();
        Assert.True(acknowledged.Count > 0, "The writer acknowledged no entry.");
        return (acknowledged, practice);
    }

    /// <summary>Runs the crash writer with <paramref name="arguments"/>, kills it (SIGKILL) once <paramref name="killWhen"/> holds for a line, and returns every line it printed.</summary>
    private static async Task<List<string>> RunAndKillAsync(string[] arguments, Func<string, bool> killWhen)
    {
        var writer = typeof(DurabilityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashWriterPath").Value!;
        Assert.True(File.Exists(writer), $"The crash writer was not built at {writer}.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[writer, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (killWhen(line))
                {
                    // Process.Kill sends SIGKILL on Unix: no finalizers, no flush, no goodbye.
                    process.Kill();
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }

        Assert.True(lines.Count > 1, "The writer printed nothing past 'ready': " + await process.StandardError.ReadToEndAsync());
        Assert.NotEqual(0, process.ExitCode);
        return lines;
    }
}
