using Empathy.Core.DependencyInjection;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Empathy.Core.Tests.DependencyInjection;

public class AddInMemoryJournalStoreTests
{
    [Fact]
    public void AddInMemoryJournalStore_RegistersOneSingletonStore()
    {
        using var provider = new ServiceCollection().AddInMemoryJournalStore().BuildServiceProvider();

        var store = provider.GetRequiredService<IJournalStore>();

        Assert.IsType<InMemoryJournalStore>(store);
        Assert.Same(store, provider.GetRequiredService<IJournalStore>());
    }

    [Fact]
    public void AddInMemoryJournalStore_RegistersThePracticeStore_AsTheSameObject()
    {
        using var provider = new ServiceCollection().AddInMemoryJournalStore().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IJournalStore>(), provider.GetRequiredService<Core.Storage.Practice.IPracticeStore>());
    }

    [Fact]
    public void AddInMemoryJournalStore_AfterAJournalOnlyStore_RefusesToSplitThePracticeRecords()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IJournalStore>(new JournalOnlyStore())
            .AddInMemoryJournalStore()
            .BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<Core.Storage.Practice.IPracticeStore>());
        Assert.Contains(nameof(JournalOnlyStore), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddInMemoryJournalStore_Twice_RegistersOnce() =>
        Assert.Single(new ServiceCollection().AddInMemoryJournalStore().AddInMemoryJournalStore(), d => d.ServiceType == typeof(IJournalStore));

    [Fact]
    public async Task AddInMemoryJournalStore_TakesTheRegisteredTimeProvider()
    {
        var now = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(now))
            .AddInMemoryJournalStore()
            .BuildServiceProvider();

        var export = await provider.GetRequiredService<IJournalStore>().ExportAsync(new JournalOwnerId("owner-1"));

        Assert.Equal(now, export.ExportedAt);
    }

    [Fact]
    public void AddInMemoryJournalStore_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => JournalStoreServiceCollectionExtensions.AddInMemoryJournalStore(null!));

    private sealed class JournalOnlyStore : IJournalStore
    {
        private readonly InMemoryJournalStore _inner = new();

        public Task AddAsync(JournalOwnerId owner, Core.Journal.JournalEntry entry, CancellationToken cancellationToken = default) => _inner.AddAsync(owner, entry, cancellationToken);

        public Task AddRangeAsync(JournalOwnerId owner, IReadOnlyCollection<Core.Journal.JournalEntry> entries, CancellationToken cancellationToken = default) => _inner.AddRangeAsync(owner, entries, cancellationToken);

        public Task UpdateAsync(JournalOwnerId owner, Core.Journal.JournalEntry entry, CancellationToken cancellationToken = default) => _inner.UpdateAsync(owner, entry, cancellationToken);

        public Task<Core.Journal.JournalEntry> GetAsync(JournalOwnerId owner, Core.Journal.JournalEntryId id, CancellationToken cancellationToken = default) => _inner.GetAsync(owner, id, cancellationToken);

        public Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default) => _inner.ListAsync(owner, query, cancellationToken);

        public Task DeleteAsync(JournalOwnerId owner, Core.Journal.JournalEntryId id, CancellationToken cancellationToken = default) => _inner.DeleteAsync(owner, id, cancellationToken);

        public Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default) => _inner.ExportAsync(owner, cancellationToken);

        public Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default) => _inner.ImportAsync(owner, export, cancellationToken);
    }
}
