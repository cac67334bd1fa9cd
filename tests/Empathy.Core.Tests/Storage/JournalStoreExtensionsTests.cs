using System.Text;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
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

    [Fact]
    public async Task ExportJsonToFile_WritesTheDocument_AndLeavesNoTemporaryFile()
    {
        var store = new InMemoryJournalStore();
        await store.AddRangeAsync(Owner, JournalSamples.Hourly(2));
        var folder = Directory.CreateTempSubdirectory("empathy-export-").FullName;
        var path = Path.Combine(folder, "journal.json");

        Assert.Equal(2, await store.ExportJsonToFileAsync(Owner, path));

        Assert.Equal(2, JournalExportJson.Deserialize(File.ReadAllBytes(path)).Entries.Count);
        Assert.Equal([path], Directory.GetFiles(folder));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ExportJsonToFile_ThatFailsMidWrite_LeavesTheOldFileAndNoTemporaryFile()
    {
        var store = new InMemoryJournalStore();
        await store.AddRangeAsync(Owner, JournalSamples.Hourly(200));
        var folder = Directory.CreateTempSubdirectory("empathy-export-").FullName;
        var path = Path.Combine(folder, "journal.json");
        File.WriteAllText(path, "the previous export");
        using var cancel = new CancellationTokenSource();

        // Cancelled after the export was read, while the file is written: the same path as a full disk.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new CancelAfterExport(store, cancel).ExportJsonToFileAsync(Owner, path, cancel.Token));

        Assert.Equal("the previous export", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A store that cancels the caller's token right after handing out its export.</summary>
    private sealed class CancelAfterExport(IJournalStore inner, CancellationTokenSource cancel) : IJournalStore
    {
        public async Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
        {
            var export = await inner.ExportAsync(owner, cancellationToken);
            await cancel.CancelAsync();
            return export;
        }

        public Task AddAsync(JournalOwnerId owner, Empathy.Core.Journal.JournalEntry entry, CancellationToken cancellationToken = default) => inner.AddAsync(owner, entry, cancellationToken);

        public Task AddRangeAsync(JournalOwnerId owner, IReadOnlyCollection<Empathy.Core.Journal.JournalEntry> entries, CancellationToken cancellationToken = default) => inner.AddRangeAsync(owner, entries, cancellationToken);

        public Task UpdateAsync(JournalOwnerId owner, Empathy.Core.Journal.JournalEntry entry, CancellationToken cancellationToken = default) => inner.UpdateAsync(owner, entry, cancellationToken);

        public Task<Empathy.Core.Journal.JournalEntry> GetAsync(JournalOwnerId owner, Empathy.Core.Journal.JournalEntryId id, CancellationToken cancellationToken = default) => inner.GetAsync(owner, id, cancellationToken);

        public Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default) => inner.ListAsync(owner, query, cancellationToken);

        public Task DeleteAsync(JournalOwnerId owner, Empathy.Core.Journal.JournalEntryId id, CancellationToken cancellationToken = default) => inner.DeleteAsync(owner, id, cancellationToken);

        public Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default) => inner.ImportAsync(owner, export, cancellationToken);
    }
}
