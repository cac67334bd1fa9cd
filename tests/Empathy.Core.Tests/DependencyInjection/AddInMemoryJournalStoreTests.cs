using Empathy.Core.DependencyInjection;
using Empathy.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

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
    public void AddInMemoryJournalStore_Twice_RegistersOnce() =>
        Assert.Single(new ServiceCollection().AddInMemoryJournalStore().AddInMemoryJournalStore(), d => d.ServiceType == typeof(IJournalStore));

    [Fact]
    public async Task AddInMemoryJournalStore_TakesTheRegisteredTimeProvider()
    {
        var now = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedTime(now))
            .AddInMemoryJournalStore()
            .BuildServiceProvider();

        var export = await provider.GetRequiredService<IJournalStore>().ExportAsync(new JournalOwnerId("owner-1"));

        Assert.Equal(now, export.ExportedAt);
    }

    [Fact]
    public void AddInMemoryJournalStore_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => JournalStoreServiceCollectionExtensions.AddInMemoryJournalStore(null!));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
