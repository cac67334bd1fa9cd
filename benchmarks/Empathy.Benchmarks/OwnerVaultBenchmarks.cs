using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.Sqlite;

namespace Empathy.Benchmarks;

/// <summary>
/// What do per-owner keys cost? Opening one owner's vault with a passphrase (one PBKDF2-SHA256 at the
/// minimum 600,000 iterations, then two key unwraps) beside the physical floor, that one PBKDF2 alone, and
/// beside opening today's single-key store with the same passphrase. Then the per-record cost of sealing:
/// a batch of 100 entries written under an owner's own data key (vault mode) beside the same batch in a
/// single-key store. Ratio is against the baseline of each category.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[CategoriesColumn]
public class OwnerVaultBenchmarks
{
    private const int BatchSize = 100;
    private const string Passphrase = "correct horse battery staple, benchmark edition";
    private static readonly JournalOwnerId Owner = new("benchmark-owner");
    private static readonly byte[] Salt = RandomNumberGenerator.GetBytes(PassphraseKeyProvider.SaltSize);
    private static readonly byte[] PassphraseBytes = Encoding.UTF8.GetBytes(Passphrase);
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 8, 0, 0, TimeSpan.Zero);

    private string _folder = "";
    private SqliteJournalStore _vaultStore = null!;
    private SqliteJournalStore _singleKeyStore = null!;
    private OwnerVaultSession _session = null!;
    private int _next;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // PBKDF2 at 600,000 iterations takes a good part of a second: few, short iterations are enough.
            AddJob(Job.ShortRun.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
            AddColumn(StatisticColumn.Median);
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        }
    }

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "empathy-benchmarks", Guid.NewGuid().ToString("N"));
        _vaultStore = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = Path.Combine(_folder, "vaults.db") });
        using (var secret = OwnerSecret.FromPassphrase(Passphrase))
        {
            _session = (await _vaultStore.CreateAsync(Owner, secret, withRecoveryKey: true).ConfigureAwait(false)).Session;
        }

        using var provider = JournalKeyProvider.FromPassphrase(Passphrase);
        _singleKeyStore = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = Path.Combine(_folder, "single.db") }, provider);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _session.Dispose();
        _vaultStore.Dispose();
        _singleKeyStore.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Open with a passphrase")]
    public byte[] Pbkdf2Alone() =>
        Rfc2898DeriveBytes.Pbkdf2(PassphraseBytes, Salt, PassphraseKeyProvider.MinimumIterations, HashAlgorithmName.SHA256, 32);

    [Benchmark]
    [BenchmarkCategory("Open with a passphrase")]
    public async Task<string> OpenOwnerVault()
    {
        using var secret = OwnerSecret.FromPassphrase(Passphrase);
        using var session = await _vaultStore.OpenAsync(Owner, secret).ConfigureAwait(false);
        return session.DataKeyId;
    }

    [Benchmark]
    [BenchmarkCategory("Open with a passphrase")]
    public string OpenSingleKeyStore()
    {
        using var provider = JournalKeyProvider.FromPassphrase(Passphrase);
        using var store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = _singleKeyStore.DatabasePath }, provider);
        return store.KeyId;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("Seal and write 100 entries")]
    public Task WriteBatch_SingleKeyStore() => _singleKeyStore.AddRangeAsync(Owner, NextEntries());

    [Benchmark(OperationsPerInvoke = BatchSize)]
    [BenchmarkCategory("Seal and write 100 entries")]
    public Task WriteBatch_OwnersDataKey() => _vaultStore.AddRangeAsync(Owner, NextEntries());

    private JournalEntry[] NextEntries()
    {
        var entries = new JournalEntry[BatchSize];
        for (var i = 0; i < BatchSize; i++, _next++)
        {
            var felt = Start.AddMinutes(_next);
            entries[i] = new JournalEntry
            {
                Id = JournalEntryId.New(),
                FeltAt = felt,
                LoggedAt = felt.AddHours(1),
                WhatHappened = $"Entry {_next}: the meeting ran long and my part of the work was not mentioned.",
                WhatIDid = "Went for a walk before answering the e-mail.",
                Tags = ["work"],
            };
        }

        return entries;
    }
}
