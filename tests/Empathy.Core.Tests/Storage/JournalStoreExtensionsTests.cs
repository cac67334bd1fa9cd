using System.Text;
using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage;

public class JournalStoreExtensionsTests
{
    private static readonly JournalOwnerId Owner = new("owner");

    [Fact]
    public async Task ExportJson_ThenImportJson_MovesTheJournal()
    {
        var source = new InMemoryJournalStore();
        var entries = JournalSamples.Hourly(3);
        await source.AddRangeAsync(Owner, entries);
        using var document = new MemoryStream();

        await source.ExportJsonAsync(Owner, document);
        document.Position = 0;
        var target = new InMemoryJournalStore();
        var result = await target.ImportJsonAsync(Owner, document);

        Assert.Equal(3, result.Added);
        Assert.Equal(entries, (await target.ExportAsync(Owner)).Entries);
    }

    [Fact]
    public async Task ImportJson_OfABadDocument_ImportsNothing()
    {
        var store = new InMemoryJournalStore();
        using var document = new MemoryStream(Encoding.UTF8.GetBytes("""{"formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","entries":[{"schemaVersion":1}]}"""));

        await Assert.ThrowsAsync<JournalFormatException>(() => store.ImportJsonAsync(Owner, document));

        Assert.Empty((await store.ExportAsync(Owner)).Entries);
    }
}
