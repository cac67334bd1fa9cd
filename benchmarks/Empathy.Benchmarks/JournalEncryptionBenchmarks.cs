using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite;

namespace Empathy.Benchmarks;

/// <summary>
/// What does encryption cost the SQLite journal store? Batched inserts (1,000 entries, one transaction)
/// and time-range reads (1,000 entries, one page) on a store that already holds 100,000 entries, with
/// AES-256-GCM beside the same store with its internal measurement-only codec that stores clear text.
/// Times and allocations are per entry; Ratio is encrypted / unencrypted within each job and category.
/// Two jobs: wall-clock time (out of process, the default) and CPU time of the process (in process).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[CategoriesColumn]
public class JournalEncryptionBenchmarks
{
    private const int StoreSize = 100_000;
    private const int BatchSize = 1_000;
    private const int InvocationsPerIteration = 8;
    private static readonly JournalOwnerId Owner = new("benchmark-owner");
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly Queue<JournalEntry[]> _batches = new();
    private string _folder = "";
    private SqliteJournalStore _store = null!;
    private int _nextEntry;
    private int _nextRange;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Small and fixed: every invocation handles 1,000 entries, so a few per iteration are enough,
            // and the insert store grows by only (warm-up + measured) × 8 batches. Many short iterations
            // and the median, because the machine is shared and its load swings.
            // Measured in wall-clock time and in CPU time of the process (see WallAndCpuTimeJobs).
            this.AddWallAndCpuTimeJobs(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(25)
                .WithInvocationCount(InvocationsPerIteration).WithUnrollFactor(1));
            AddColumn(StatisticColumn.Median, new EntriesPerSecondColumn());
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        }
    }

    [GlobalSetup(Targets = [nameof(InsertBatch_Encrypted), nameof(ReadRange_Encrypted)])]
    public Task SetupEncrypted()
    {
        using var key = JournalKeyProvider.FromKey("benchmark-key", RandomNumberGenerator.GetBytes(32));
        return FillAsync(options => SqliteJournalStore.Open(options, key));
    }

    [GlobalSetup(Targets = [nameof(InsertBatch_Unencrypted), nameof(ReadRange_Unencrypted)])]
    public Task SetupUnencrypted() => FillAsync(SqliteJournalStore.OpenUnencryptedForMeasurement);

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Targets = [nameof(InsertBatch_Encrypted), nameof(InsertBatch_Unencrypted)])]
    public void PrepareBatches()
    {
        _batches.Clear();
        for (var i = 0; i < InvocationsPerIteration; i++)
        {
            _batches.Enqueue(NextEntries(BatchSize));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("Insert batch of 1,000")]
    public Task InsertBatch_Unencrypted() => _store.AddRangeAsync(Owner, _batches.Dequeue());

    [Benchmark(OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("Insert batch of 1,000")]
    public Task InsertBatch_Encrypted() => _store.AddRangeAsync(Owner, _batches.Dequeue());

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("Read time range of 1,000")]
    public Task<JournalPage> ReadRange_Unencrypted() => ReadRangeAsync();

    [Benchmark(OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("Read time range of 1,000")]
    public Task<JournalPage> ReadRange_Encrypted() => ReadRangeAsync();

    private async Task<JournalPage> ReadRangeAsync()
    {
        // Eight ranges spread over the store, taken in turn: 1,000 consecutive hours each.
        var first = (_nextRange++ % 8 * 12_000) + 2_000;
        var page = await _store.ListAsync(Owner, new JournalQuery
        {
            From = Start.AddHours(first),
            To = Start.AddHours(first + BatchSize),
            PageSize = BatchSize,
        }).ConfigureAwait(false);
        return page.Entries.Count == BatchSize ? page : throw new InvalidOperationException($"Expected {BatchSize} entries, read {page.Entries.Count}.");
    }

    private async Task FillAsync(Func<SqliteJournalStoreOptions, SqliteJournalStore> open)
    {
        _folder = Path.Combine(Path.GetTempPath(), "empathy-benchmarks", Guid.NewGuid().ToString("N"));
        _store = open(new SqliteJournalStoreOptions { DatabasePath = Path.Combine(_folder, "journal.db") });
        while (_nextEntry < StoreSize)
        {
            await _store.AddRangeAsync(Owner, NextEntries(BatchSize)).ConfigureAwait(false);
        }

        await _store.CheckpointAsync().ConfigureAwait(false);
    }

    /// <summary>Realistic entries, one hour apart, each a little different.</summary>
    private JournalEntry[] NextEntries(int count)
    {
        var entries = new JournalEntry[count];
        for (var i = 0; i < count; i++, _nextEntry++)
        {
            var n = _nextEntry;
            var felt = Start.AddHours(n);
            entries[i] = new JournalEntry
            {
                Id = JournalEntryId.New(),
                FeltAt = felt,
                LoggedAt = felt.AddHours(3),
                WhatHappened = $"Entry {n}: in the afternoon meeting the boss summarised the quarter and did not mention the migration I led for three months.",
                AutomaticThoughts = [new SensitiveText("He's unhappy with me."), new SensitiveText("I'll be fired."), new SensitiveText($"I'm a failure ({n % 7}).")],
                BodySensations = ["stomach clenched", "back cold", "heart racing"],
                WhatIDid = "Shopped online all afternoon, then ate until I felt sick.",
                Emotions =
                [
                    new EmotionRating { Emotion = "anxious", IntensityBefore = 40 + (n % 50), IntensityAfter = 30 },
                    new EmotionRating { Emotion = "ashamed", IntensityBefore = 55 },
                ],
                Valence = -0.5,
                LifeAreas = [LifeArea.Work],
                Tags = ["work", n % 3 == 0 ? "meeting" : "email"],
                FollowUp = new FollowUp { Due = DateOnly.FromDateTime(felt.Date).AddDays(7) },
            };
        }

        return entries;
    }
}
