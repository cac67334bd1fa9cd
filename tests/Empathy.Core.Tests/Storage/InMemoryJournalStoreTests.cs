using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Tests.Shared.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Empathy.Core.Tests.Storage;

/// <summary>The shared store contract, run against the in-memory store.</summary>
public class InMemoryJournalStoreTests : JournalStoreContractTests
{
    protected override Task<IJournalStore> CreateStoreAsync() => Task.FromResult<IJournalStore>(new InMemoryJournalStore());

    [Fact]
    public async Task Export_StampsTheTimeFromTheTimeProvider()
    {
        var now = new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        var store = new InMemoryJournalStore(clock);

        var export = await store.ExportAsync(Alice);

        Assert.Equal(now, export.ExportedAt);
    }
}
