using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Encryption;

public sealed class EncryptionAtRestTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-1");
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private static JournalEntry Private(int i) => JournalSamples.Entry(JournalSamples.Start.AddHours(i), ["lighthouse-keeper"]) with
    {
        WhatIDid = "Walked to the quarry pond and counted ducks.",
        BodySensations = ["a fizzing behind the sternum"],
    };

    // Private text of every kind: a layer, an automatic thought, a body sensation, an emotion, a tag, a follow-up.
    private static readonly string[] PrivateTexts =
    [
        JournalSamples.SecretPhrase,
        "Walked to the quarry pond",
        "fizzing behind the sternum",
        "lighthouse-keeper",
        "It was not about me.",
        "ashamed",
    ];

    [Fact]
    public async Task DatabaseFiles_WalIncluded_NeverHoldPrivateTextInClear()
    {
        using var store = _journal.Open();

        // Connection pools are process-wide, and other tests clear them all when they end: if the store's
        // pooled connections were the last on the file, closing them would checkpoint the log away before
        // it is read. A connection of the test's own, which has read the file, keeps the log in place.
        using var holder = _journal.Raw();
        using (var read = holder.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_master";
            read.ExecuteScalar();
        }

        await store.AddRangeAsync(Owner, [.. Enumerable.Range(0, 20).Select(Private)]);
        await store.AddAsync(Owner, Private(99));

        var files = _journal.Files();
        Assert.True(files["journal.db-wal"].Length > 0, "The entries should still be in the write-ahead log for this check.");
        foreach (var text in PrivateTexts)
        {
            Assert.Empty(_journal.FilesContaining(text));
        }

        // The store can still find them, so they are really there.
        Assert.Equal(21, (await store.ListAsync(Owner, new JournalQuery { Tag = "lighthouse-keeper", PageSize = 100 })).Entries.Count);
    }

    [Fact]
    public async Task DatabaseFiles_AfterCheckpointAndClose_NeverHoldPrivateTextInClear()
    {
        using (var store = _journal.Open())
        {
            await store.AddRangeAsync(Owner, [.. Enumerable.Range(0, 20).Select(Private)]);
            Assert.True(await store.CheckpointAsync());
            foreach (var text in PrivateTexts)
            {
                Assert.Empty(_journal.FilesContaining(text));
            }
        }

        Assert.True(new FileInfo(_journal.DatabasePath).Length > 20 * 1000);
        foreach (var text in PrivateTexts)
        {
            Assert.Empty(_journal.FilesContaining(text));
        }
    }

    [Fact]
    public async Task Clear_Columns_AreOnlyWhatQueriesNeed()
    {
        using var store = _journal.Open();
        var entry = Private(0);
        await store.AddAsync(Owner, entry);

        using var connection = _journal.Raw();
        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT name FROM pragma_table_info('journal_entries') ORDER BY cid";
        using var reader = columns.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        Assert.Equal(["owner", "id", "felt_at", "schema_version", "key_id", "sealed"], names);
    }

    [Fact]
    public async Task SameEntryWrittenTwice_GetsDifferentCiphertext()
    {
        using var store = _journal.Open();
        var entry = Private(0);
        await store.AddAsync(Owner, entry);
        var first = _journal.SealedOf(Owner.Value, entry.Id);

        await store.UpdateAsync(Owner, entry);

        var second = _journal.SealedOf(Owner.Value, entry.Id);
        Assert.NotEqual(first, second);
        Assert.NotEqual(first.AsSpan(1, 12).ToArray(), second.AsSpan(1, 12).ToArray()); // a fresh nonce
    }

    [Fact]
    public async Task SameTag_OfTwoOwners_IsHashedDifferently()
    {
        using var store = _journal.Open();
        await store.AddAsync(Owner, Private(0));
        await store.AddAsync(new JournalOwnerId("owner-2"), Private(1));

        var distinct = _journal.RawScalar("SELECT count(DISTINCT tag_hash) FROM journal_entry_tags");

        Assert.Equal(2L, distinct);
    }

    [Fact]
    public async Task JournalMode_IsWal()
    {
        using var store = _journal.Open();
        await store.AddAsync(Owner, Private(0));

        Assert.Equal("wal", _journal.RawScalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task MeasurementStore_StoresClearText_AndIsNeverOpenedAsAJournal()
    {
        using (var plain = SqliteJournalStore.OpenUnencryptedForMeasurement(_journal.Options))
        {
            await plain.AddAsync(Owner, Private(0));
            await plain.CheckpointAsync();
            Assert.NotEmpty(_journal.FilesContaining(JournalSamples.SecretPhrase));
        }

        var error = Assert.Throws<JournalFormatException>(() => _journal.Open());

        Assert.Contains("none-for-measurement-only", error.Message);
    }

    [Fact]
    public void EncryptedJournal_IsNeverOpenedByTheMeasurementStore()
    {
        _journal.Open().Dispose();

        Assert.Throws<JournalFormatException>(() => SqliteJournalStore.OpenUnencryptedForMeasurement(_journal.Options));
    }
}
