using Empathy.Core.DependencyInjection;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite.DependencyInjection;
using Empathy.Tests.Shared.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Empathy.Storage.Sqlite.Tests.DependencyInjection;

public sealed class AddSqliteJournalStoreTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task AddSqliteJournalStore_RegistersOneStore_AsItselfAndAsIJournalStore()
    {
        await using var provider = new ServiceCollection()
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath, _ => TempJournal.FastPassphrase())
            .BuildServiceProvider();

        var store = provider.GetRequiredService<IJournalStore>();
        await store.AddAsync(new JournalOwnerId("o"), JournalSamples.Entry());

        Assert.Same(provider.GetRequiredService<SqliteJournalStore>(), store);
        Assert.Same(store, provider.GetRequiredService<Core.Storage.Practice.IPracticeStore>());
        Assert.True(File.Exists(_journal.DatabasePath));
    }

    [Fact]
    public async Task AddSqliteJournalStore_InVaultMode_RegistersOneStore_AsIJournalStoreAndIOwnerVaults()
    {
        await using var provider = new ServiceCollection()
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath)
            .BuildServiceProvider();

        var vaults = provider.GetRequiredService<Core.Storage.Vaults.IOwnerVaults>();
        var store = provider.GetRequiredService<SqliteJournalStore>();

        Assert.Same(store, vaults);
        Assert.Same(store, provider.GetRequiredService<IJournalStore>());
        Assert.True(store.IsVaultMode);
        await Assert.ThrowsAsync<Core.Storage.Vaults.OwnerVaultLockedException>(() => store.ExportAsync(new JournalOwnerId("o")));
    }

    [Fact]
    public void AddSqliteJournalStore_InVaultMode_WithInvalidOptions_FailsAtStartWithEveryProblem()
    {
        using var provider = new ServiceCollection()
            .AddSqliteJournalStore(o => o.BusyTimeout = TimeSpan.Zero)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteJournalStoreOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("DatabasePath", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("BusyTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddSqliteJournalStore_InSingleKeyMode_AlsoRegistersTheStoreAsIOwnerVaults()
    {
        await using var provider = new ServiceCollection()
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath, _ => TempJournal.FastPassphrase())
            .BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<SqliteJournalStore>(), provider.GetRequiredService<Core.Storage.Vaults.IOwnerVaults>());
    }

    [Fact]
    public void AddSqliteJournalStore_Twice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection()
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath, _ => TempJournal.FastPassphrase())
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath, _ => TempJournal.FastPassphrase());

        Assert.Single(services, d => d.ServiceType == typeof(IJournalStore));
        Assert.Single(services, d => d.ServiceType == typeof(Core.Storage.Practice.IPracticeStore));
        Assert.Single(services, d => d.ServiceType == typeof(SqliteJournalStore));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SqliteJournalStoreOptions>));
    }

    [Fact]
    public void AddSqliteJournalStore_AfterTheInMemoryStore_LeavesTheFirstStore() =>
        Assert.IsType<InMemoryJournalStore>(new ServiceCollection()
            .AddInMemoryJournalStore()
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath, _ => TempJournal.FastPassphrase())
            .BuildServiceProvider()
            .GetRequiredService<IJournalStore>());

    [Fact]
    public void AddSqliteJournalStore_WithoutAPath_FailsAtStartup()
    {
        using var provider = new ServiceCollection()
            .AddSqliteJournalStore(_ => { }, _ => TempJournal.FastPassphrase())
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Contains("DatabasePath", error.Message);
    }

    [Fact]
    public void AddSqliteJournalStore_WithAWrongPassphrase_FailsWhenResolved()
    {
        _journal.Open("right").Dispose();
        using var provider = new ServiceCollection()
            .AddSqliteJournalStore(o => o.DatabasePath = _journal.DatabasePath, _ => TempJournal.FastPassphrase("wrong"))
            .BuildServiceProvider();

        Assert.Throws<WrongJournalKeyException>(() => provider.GetRequiredService<IJournalStore>());
    }
}
