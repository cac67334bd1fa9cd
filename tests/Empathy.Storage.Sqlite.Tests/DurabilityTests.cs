using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
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
        var writer = typeof(DurabilityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashWriterPath").Value!;
        Assert.True(File.Exists(writer), $"The crash writer was not built at {writer}.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { writer, _journal.DatabasePath, "crash-key", Convert.ToHexString(key), owner })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var acknowledged = new List<JournalEntryId>();
        var practice = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (JournalEntryId.TryParse(line, out var id))
                {
                    acknowledged.Add(id);
                }
                else if (line.StartsWith("practice ", StringComparison.Ordinal))
                {
                    practice.Add(line["practice ".Length..]);
                }

                if (acknowledged.Count == killAfter)
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

        Assert.True(acknowledged.Count > 0, "The writer printed nothing: " + await process.StandardError.ReadToEndAsync());
        Assert.NotEqual(0, process.ExitCode);
        return (acknowledged, practice);
    }
}
