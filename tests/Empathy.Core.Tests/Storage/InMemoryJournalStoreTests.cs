using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage;

/// <summary>The shared store contract, run against the in-memory store.</summary>
public class InMemoryJournalStoreTests : JournalStoreContractTests
{
    protected override Task<IJournalStore> CreateStoreAsync() => Task.FromResult<IJournalStore>(new InMemoryJournalStore());

    [Fact]
    public async Task Export_StampsTheTimeFromTheTimeProvider()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero));
        var store = new InMemoryJournalStore(clock);

        var export = await store.ExportAsync(Alice);

        Assert.Equal(clock.Now, export.ExportedAt);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now => now;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
