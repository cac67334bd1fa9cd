using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Encryption;

public sealed class TamperDetectionTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-1");
    private static readonly JournalOwnerId Other = new("owner-2");
    private readonly TempJournal _journal = new();
    private readonly SqliteJournalStore _store;
    private readonly JournalEntry[] _entries = JournalSamples.Hourly(5);

    public TamperDetectionTests()
    {
        _store = _journal.Open();
        _store.AddRangeAsync(Owner, _entries).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _store.Dispose();
        _journal.Dispose();
    }

    [Fact]
    public async Task FlippedByte_IsDetected_NamingTheEntry()
    {
        var target = _entries[2];
        var sealedData = _journal.SealedOf(Owner.Value, target.Id);
        sealedData[sealedData.Length / 2] ^= 0x01;
        _journal.SetSealed(Owner.Value, target.Id, sealedData);

        var error = await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, target.Id));

        Assert.Equal(target.Id, error.EntryId);
        Assert.Contains(target.Id.ToString(), error.Message);
    }

    [Theory]
    [InlineData(0)] // the format byte
    [InlineData(5)] // the nonce
    [InlineData(-1)] // the authentication tag
    public async Task FlippedByte_Anywhere_IsDetected(int position)
    {
        var target = _entries[1];
        var sealedData = _journal.SealedOf(Owner.Value, target.Id);
        sealedData[position < 0 ? sealedData.Length + position : position] ^= 0x80;
        _journal.SetSealed(Owner.Value, target.Id, sealedData);

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, target.Id));
    }

    [Fact]
    public async Task FlippedByte_LeavesEveryOtherEntryReadable()
    {
        var target = _entries[2];
        var sealedData = _journal.SealedOf(Owner.Value, target.Id);
        sealedData[^20] ^= 0xFF;
        _journal.SetSealed(Owner.Value, target.Id, sealedData);

        foreach (var other in _entries.Where(e => e.Id != target.Id))
        {
            Assert.Equal(other, await _store.GetAsync(Owner, other.Id));
        }
    }

    [Fact]
    public async Task List_LeavesTheTamperedEntryOut_AndNamesIt()
    {
        var target = _entries[3];
        var sealedData = _journal.SealedOf(Owner.Value, target.Id);
        sealedData[^1] ^= 0x01;
        _journal.SetSealed(Owner.Value, target.Id, sealedData);

        var page = await _store.ListAsync(Owner, new JournalQuery());

        Assert.Equal(_entries.Where(e => e.Id != target.Id), page.Entries);
        Assert.Equal([target.Id], page.TamperedEntryIds);
    }

    [Fact]
    public async Task SwappedCiphertexts_AreDetected_ForBothEntries()
    {
        var (a, b) = (_entries[0], _entries[4]);
        var sealedA = _journal.SealedOf(Owner.Value, a.Id);
        var sealedB = _journal.SealedOf(Owner.Value, b.Id);
        _journal.SetSealed(Owner.Value, a.Id, sealedB);
        _journal.SetSealed(Owner.Value, b.Id, sealedA);

        Assert.Equal(a.Id, (await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, a.Id))).EntryId);
        Assert.Equal(b.Id, (await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, b.Id))).EntryId);
        Assert.Equal(_entries[1..4], (await _store.ListAsync(Owner, new JournalQuery())).Entries);
    }

    [Fact]
    public async Task CiphertextMovedToAnotherOwner_IsDetected()
    {
        var stolen = _entries[0];
        var decoy = JournalSamples.Entry();
        await _store.AddAsync(Other, decoy);
        _journal.SetSealed(Other.Value, decoy.Id, _journal.SealedOf(Owner.Value, stolen.Id));

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Other, decoy.Id));
    }

    [Fact]
    public async Task RowMovedToAnotherOwner_IsDetected()
    {
        var target = _entries[0];
        _journal.RawExecute("UPDATE journal_entries SET owner = $other WHERE id = $id", ("$other", Other.Value), ("$id", target.Id.ToString()));

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Other, target.Id));
    }

    [Fact]
    public async Task ChangedTimeColumn_IsDetected()
    {
        var target = _entries[1];
        _journal.RawExecute("UPDATE journal_entries SET felt_at = felt_at + 1 WHERE id = $id", ("$id", target.Id.ToString()));

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, target.Id));
    }

    [Fact]
    public async Task ChangedSchemaVersionColumn_IsDetected()
    {
        var target = _entries[1];
        _journal.RawExecute("UPDATE journal_entries SET schema_version = 0 WHERE id = $id", ("$id", target.Id.ToString()));

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, target.Id));
    }

    [Fact]
    public async Task TruncatedCiphertext_IsDetected()
    {
        var target = _entries[1];
        _journal.SetSealed(Owner.Value, target.Id, _journal.SealedOf(Owner.Value, target.Id)[..10]);

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, target.Id));
    }

    [Fact]
    public async Task CiphertextReplacedByText_IsDetected()
    {
        var target = _entries[2];
        _journal.RawExecute("UPDATE journal_entries SET sealed = 'plain words' WHERE id = $id", ("$id", target.Id.ToString()));

        await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.GetAsync(Owner, target.Id));
    }

    [Fact]
    public async Task IdColumnReplacedByGarbage_LeavesTheOthersListable()
    {
        var target = _entries[2];
        _journal.RawExecute("UPDATE journal_entries SET id = 'not-an-id' WHERE id = $id", ("$id", target.Id.ToString()));

        var page = await _store.ListAsync(Owner, new JournalQuery());

        Assert.Equal(_entries.Where(e => e.Id != target.Id), page.Entries);
        await Assert.ThrowsAsync<JournalEntryNotFoundException>(() => _store.GetAsync(Owner, target.Id));
    }

    [Fact]
    public async Task IdColumnReplacedByGarbage_IsNamedByItsRawId_InTheList()
    {
        _journal.RawExecute("UPDATE journal_entries SET id = 'not-an-id' WHERE id = $id", ("$id", _entries[2].Id.ToString()));

        var page = await _store.ListAsync(Owner, new JournalQuery());

        Assert.Equal(["not-an-id"], page.UnreadableRowIds);
        Assert.False(page.IsIntact);
    }

    [Fact]
    public async Task Export_WithARowWhoseIdIsNotAnEntryId_Stops_NamingTheRawId()
    {
        _journal.RawExecute("UPDATE journal_entries SET id = 'not-an-id' WHERE id = $id", ("$id", _entries[2].Id.ToString()));

        var error = await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.ExportAsync(Owner));

        Assert.Equal(["not-an-id"], error.UnreadableRowIds);
        Assert.Contains("'not-an-id'", error.Message);
    }

    [Fact]
    public async Task Rotation_WithARowWhoseIdIsNotAnEntryId_Stops_NamingTheRawId()
    {
        _journal.RawExecute("UPDATE journal_entries SET id = 'not-an-id' WHERE id = $id", ("$id", _entries[2].Id.ToString()));
        using var newKey = TempJournal.FastPassphrase("a new passphrase");

        var error = await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.RotateKeyAsync(newKey));

        Assert.Equal(["not-an-id"], error.UnreadableRowIds);
    }

    [Fact]
    public async Task Export_WithATamperedEntry_Stops_NamingIt()
    {
        var target = _entries[4];
        var sealedData = _journal.SealedOf(Owner.Value, target.Id);
        sealedData[30] ^= 0x10;
        _journal.SetSealed(Owner.Value, target.Id, sealedData);

        var error = await Assert.ThrowsAsync<JournalEntryTamperedException>(() => _store.ExportAsync(Owner));

        Assert.Equal([target.Id], error.EntryIds);
    }
}
