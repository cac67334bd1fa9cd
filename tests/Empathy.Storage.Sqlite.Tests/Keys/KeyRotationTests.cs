using System.Security.Cryptography;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Keys;

public sealed class KeyRotationTests : IDisposable
{
    private static readonly JournalOwnerId Alice = new("alice");
    private static readonly JournalOwnerId Bob = new("bob");
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private async Task<JournalEntry[]> FillAsync(SqliteJournalStore store)
    {
        // More entries than one rotation batch (500), for two owners, with tags.
        var alices = JournalSamples.Hourly(520, ["rotating"]);
        var bobs = JournalSamples.Hourly(15, ["bobs"]);
        await store.AddRangeAsync(Alice, alices);
        await store.AddRangeAsync(Bob, bobs);
        return [.. alices, .. bobs];
    }

    [Fact]
    public async Task Rotate_KeepsEveryEntryReadable_UnderTheNewKeyOnly()
    {
        JournalEntry[] entries;
        string oldKeyId;
        using (var store = _journal.Open("old passphrase"))
        {
            entries = await FillAsync(store);
            oldKeyId = store.KeyId;
            var oldDataKeys = _journal.DataKeyIds();
            using var newKey = TempJournal.FastPassphrase("new passphrase");

            await store.RotateKeyAsync(newKey);

            Assert.NotEqual(oldKeyId, store.KeyId);
            Assert.NotEqual(oldDataKeys, _journal.DataKeyIds());
            Assert.Equal(entries[..520], (await store.ExportAsync(Alice)).Entries);
            Assert.Equal(520, (await store.ListAsync(Alice, new JournalQuery { Tag = "rotating", PageSize = 1000 })).Entries.Count);
        }

        Assert.Throws<WrongJournalKeyException>(() => _journal.Open("old passphrase"));
        using var reopened = _journal.Open("new passphrase");
        Assert.Equal(entries[..520], (await reopened.ExportAsync(Alice)).Entries);
        Assert.Equal(entries[520..], (await reopened.ExportAsync(Bob)).Entries);
        Assert.Equal(15, (await reopened.ListAsync(Bob, new JournalQuery { Tag = "bobs" })).Entries.Count);
        Assert.Equal(0L, _journal.RowsNotUnderTheirOwnersDataKey());
        Assert.Equal(1L, _journal.RawScalar("SELECT count(*) FROM journal_keys"));
    }

    [Fact]
    public async Task Rotate_ReplacesEveryCiphertext()
    {
        using var store = _journal.Open();
        var entry = JournalSamples.Entry();
        await store.AddAsync(Alice, entry);
        var before = _journal.SealedOf(Alice.Value, entry.Id);

        using var newKey = JournalKeyProvider.FromKey("app-key-2", RandomNumberGenerator.GetBytes(32));
        await store.RotateKeyAsync(newKey);

        Assert.NotEqual(before, _journal.SealedOf(Alice.Value, entry.Id));
        Assert.Empty(_journal.FilesContaining(before.AsSpan(13, 32)));
    }

    [Fact]
    public async Task Rotate_FromPassphraseToAppKey_Works()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var entry = JournalSamples.Entry();
        using (var store = _journal.Open())
        {
            await store.AddAsync(Alice, entry);
            using var appKey = JournalKeyProvider.FromKey("app-key-1", key);
            await store.RotateKeyAsync(appKey);
        }

        using var again = JournalKeyProvider.FromKey("app-key-1", key);
        using var reopened = _journal.Open(again);
        Assert.Equal(entry, await reopened.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public async Task Rotate_WithATamperedEntry_ChangesNothing_AndNamesIt()
    {
        JournalEntry[] entries;
        JournalEntry target;
        using (var store = _journal.Open("old passphrase"))
        {
            entries = await FillAsync(store);
            target = entries[510];
            var sealedData = _journal.SealedOf(Alice.Value, target.Id);
            sealedData[20] ^= 1;
            _journal.SetSealed(Alice.Value, target.Id, sealedData);
            var keyId = store.KeyId;

            using var newKey = TempJournal.FastPassphrase("new passphrase");
            var error = await Assert.ThrowsAsync<JournalEntryTamperedException>(() => store.RotateKeyAsync(newKey));

            Assert.Equal([target.Id], error.EntryIds);
            Assert.Equal(keyId, store.KeyId);
            Assert.Equal(entries[0], await store.GetAsync(Alice, entries[0].Id));
        }

        using var reopened = _journal.Open("old passphrase");
        Assert.Equal(entries[520..], (await reopened.ExportAsync(Bob)).Entries);
        Assert.Equal(1L, _journal.RawScalar("SELECT count(*) FROM journal_keys"));
    }

    [Fact]
    public async Task Rotate_ToAKeyWithTheSameId_IsRefused()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        using var first = JournalKeyProvider.FromKey("app-key-1", key);
        using var store = _journal.Open(first);
        using var same = JournalKeyProvider.FromKey("app-key-1", RandomNumberGenerator.GetBytes(32));

        await Assert.ThrowsAsync<ArgumentException>(() => store.RotateKeyAsync(same));
    }

    [Fact]
    public async Task RotationByAnotherProcess_IsNoticed_InsteadOfReportedAsTampering()
    {
        var entry = JournalSamples.Entry();
        using var stale = _journal.Open();
        await stale.AddAsync(Alice, entry);
        using (var rotating = _journal.Open())
        {
            using var newKey = TempJournal.FastPassphrase("new passphrase");
            await rotating.RotateKeyAsync(newKey);
        }

        await Assert.ThrowsAsync<WrongJournalKeyException>(() => stale.GetAsync(Alice, entry.Id));
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => stale.AddAsync(Alice, JournalSamples.Entry()));
    }

    [Fact]
    public async Task ConcurrentReadsAndWrites_DuringRotation_AllSucceed()
    {
        using var store = _journal.Open();
        var entries = await FillAsync(store);
        using var newKey = TempJournal.FastPassphrase("new passphrase");

        var rotation = Task.Run(() => store.RotateKeyAsync(newKey));
        var readers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            for (var n = 0; n < 20; n++)
            {
                Assert.Equal(entries[(i * 97 + n) % 520], await store.GetAsync(Alice, entries[(i * 97 + n) % 520].Id));
            }
        }));
        var writer = Task.Run(() => store.AddRangeAsync(Alice, JournalSamples.Hourly(50)));
        await Task.WhenAll([rotation, writer, .. readers]);

        Assert.Equal(570, (await store.ExportAsync(Alice)).Entries.Count);
        Assert.Equal(0L, _journal.RowsNotUnderTheirOwnersDataKey());
    }
}
