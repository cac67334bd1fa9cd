using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Encryption;

public sealed class SecureDeleteTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-1");
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Theory]
    [InlineData(100)] // fits in a database page
    [InlineData(20_000)] // spills into overflow pages
    public async Task Delete_LeavesNeitherPlaintextNorCiphertextInTheFiles(int textLength)
    {
        using var store = _journal.Open();
        await store.AddRangeAsync(Owner, JournalSamples.Hourly(30));
        var phrase = "the deleted entry remembered the blue kite ";
        var doomed = JournalSamples.Entry(JournalSamples.Start.AddMinutes(90), whatHappened: string.Concat(Enumerable.Repeat(phrase, (textLength / phrase.Length) + 1)));
        await store.AddAsync(Owner, doomed);
        await store.AddRangeAsync(Owner, JournalSamples.Hourly(30));
        var ciphertext = _journal.SealedOf(Owner.Value, doomed.Id);
        var probes = new[] { ciphertext.AsSpan(13, 32).ToArray(), ciphertext.AsSpan(ciphertext.Length / 2, 32).ToArray(), ciphertext.AsSpan(ciphertext.Length - 32).ToArray() };
        Assert.NotEmpty(_journal.FilesContaining(probes[1]));

        await store.DeleteAsync(Owner, doomed.Id);

        foreach (var probe in probes)
        {
            Assert.Empty(_journal.FilesContaining(probe));
        }

        Assert.Empty(_journal.FilesContaining(phrase));
        Assert.Equal(60, (await store.ExportAsync(Owner)).Entries.Count);
    }

    [Fact]
    public async Task Update_LeavesNoCopyOfTheOldCiphertext()
    {
        using var store = _journal.Open();
        var entry = JournalSamples.Entry();
        await store.AddAsync(Owner, entry);
        await store.CheckpointAsync();
        var old = _journal.SealedOf(Owner.Value, entry.Id);

        await store.UpdateAsync(Owner, entry with { WhatIDid = "Rewrote it." });
        await store.CheckpointAsync();

        Assert.Empty(_journal.FilesContaining(old.AsSpan(13, 32)));
    }

    [Fact]
    public async Task Delete_BlockedByAnotherReader_SaysDeletedButNotErased_AndCheckpointFinishesLater()
    {
        using var key = TempJournal.FastPassphrase();
        using var store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = _journal.DatabasePath, BusyTimeout = TimeSpan.FromSeconds(1) }, key);
        var doomed = JournalSamples.Entry();
        await store.AddAsync(Owner, doomed);
        var probe = _journal.SealedOf(Owner.Value, doomed.Id).AsSpan(13, 32).ToArray();

        JournalEraseIncompleteException error;
        using (var reader = _journal.Raw())
        using (var snapshot = reader.BeginTransaction(deferred: true))
        {
            using (var read = reader.CreateCommand())
            {
                read.CommandText = "SELECT count(*) FROM journal_entries";
                read.ExecuteScalar(); // holds a read snapshot, as another process's open reader would
            }

            error = await Assert.ThrowsAsync<JournalEraseIncompleteException>(() => store.DeleteAsync(Owner, doomed.Id));
            Assert.NotEmpty(_journal.FilesContaining(probe));
        }

        Assert.Equal(doomed.Id, error.EntryId);
        Assert.Contains("not yet erased", error.Message);
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => store.GetAsync(Owner, doomed.Id));
        Assert.True(await store.CheckpointAsync());
        Assert.Empty(_journal.FilesContaining(probe));
    }
}
