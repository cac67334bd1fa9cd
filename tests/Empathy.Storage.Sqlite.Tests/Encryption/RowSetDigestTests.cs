using Empathy.Core.Storage;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Encryption;

/// <summary>What one row's own check cannot see: rows deleted, moved, rolled back, and the tag index changed.</summary>
public sealed class RowSetDigestTests : IDisposable
{
    private static readonly JournalOwnerId Owner = new("owner-1");
    private static readonly JournalOwnerId Other = new("owner-2");
    private readonly TempJournal _journal = new();
    private readonly SqliteJournalStore _store;
    private readonly Core.Journal.JournalEntry[] _entries = JournalSamples.Hourly(5);

    public RowSetDigestTests()
    {
        _store = _journal.Open();
        _store.AddRangeAsync(Owner, _entries).GetAwaiter().GetResult();
        _store.AddAsync(Other, JournalSamples.Entry()).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _store.Dispose();
        _journal.Dispose();
    }

    [Fact]
    public async Task EveryWriteKind_KeepsTheJournalVerifiablyIntact()
    {
        await _store.UpdateAsync(Owner, _entries[1] with { WhatIDid = "Went for a walk.", Tags = ["walk"] });
        await _store.DeleteAsync(Owner, _entries[2].Id);
        await _store.ImportAsync(Owner, new JournalExport { ExportedAt = JournalSamples.Start, Entries = [_entries[0], JournalSamples.Entry(tags: ["new", "new"])] });
        using (var newKey = TempJournal.FastPassphrase("rotated"))
        {
            await _store.RotateKeyAsync(newKey);
        }

        var verification = await _store.VerifyAsync(Owner);

        Assert.True(verification.IsIntact, verification.Explain());
        Assert.Equal(5, verification.EntryCount);
        Assert.True((await _store.VerifyAsync(Other)).IsIntact);
    }

    [Fact]
    public async Task DeletedRow_IsDetected_ByVerifyAndByExport()
    {
        _journal.RawExecute("DELETE FROM journal_entries WHERE id = $id", ("$id", _entries[3].Id.ToString()));

        var verification = await _store.VerifyAsync(Owner);
        var error = await Assert.ThrowsAsync<JournalIntegrityException>(() => _store.ExportAsync(Owner));

        Assert.False(verification.IsIntact);
        Assert.Equal((4, 5), (verification.EntryCount, verification.ExpectedEntryCount));
        Assert.Contains("5 entries were written but 4 are there", error.Message);
    }

    [Fact]
    public async Task RowMovedToAnotherOwner_IsDetected_ForBothOwners()
    {
        _journal.RawExecute("UPDATE journal_entries SET owner = $other WHERE id = $id", ("$other", Other.Value), ("$id", _entries[0].Id.ToString()));

        Assert.False((await _store.VerifyAsync(Owner)).IsIntact);
        Assert.False((await _store.VerifyAsync(Other)).IsIntact);
    }

    [Fact]
    public async Task RowReplacedByAnOlderCopyOfItself_IsDetected()
    {
        var older = _journal.SealedOf(Owner.Value, _entries[1].Id);
        await _store.UpdateAsync(Owner, _entries[1] with { WhatIDid = "A later version." });
        _journal.SetSealed(Owner.Value, _entries[1].Id, older);

        var verification = await _store.VerifyAsync(Owner);

        Assert.False(verification.RowSetMatches);
        Assert.Empty(verification.TamperedEntryIds); // the old copy passes its own check: only the digest sees it
    }

    [Fact]
    public async Task DeletedTagTable_IsDetected_ByVerifyAndByExport()
    {
        _journal.RawExecute("DROP TABLE journal_entry_tags");

        var verification = await _store.VerifyAsync(Owner);

        Assert.False(verification.TagIndexPresent);
        Assert.Contains("tag index table is missing", verification.Explain());
        await Assert.ThrowsAsync<JournalIntegrityException>(() => _store.ExportAsync(Owner));
    }

    [Fact]
    public async Task DeletedTagRows_AreDetected()
    {
        _journal.RawExecute("DELETE FROM journal_entry_tags WHERE entry_id = $id", ("$id", _entries[4].Id.ToString()));

        Assert.False((await _store.VerifyAsync(Owner)).RowSetMatches);
    }

    [Fact]
    public async Task Rotation_OfAJournalWithADeletedRow_IsRefused_SoItCannotLaunderTheLoss()
    {
        _journal.RawExecute("DELETE FROM journal_entries WHERE id = $id", ("$id", _entries[3].Id.ToString()));
        using var newKey = TempJournal.FastPassphrase("rotated");

        await Assert.ThrowsAsync<JournalIntegrityException>(() => _store.RotateKeyAsync(newKey));
    }

    [Fact]
    public async Task JournalOfLayoutOne_WithoutDigests_IsMigratedInPlace_AndVerifies()
    {
        _store.Dispose();
        _journal.UseLayout2Fixture();
        _journal.RawExecute("DROP TABLE journal_owner_digests");
        _journal.RawExecute("UPDATE journal_meta SET value = '1' WHERE name = 'store_format'");

        using var reopened = _journal.Open(Fixtures.Layout2Fixture.Passphrase);

        Assert.True((await reopened.VerifyAsync(Fixtures.Layout2Fixture.Alice)).IsIntact);
        Assert.Equal(4, (await reopened.ExportAsync(Fixtures.Layout2Fixture.Alice)).Entries.Count);
        Assert.Equal("3", _journal.RawScalar("SELECT value FROM journal_meta WHERE name = 'store_format'"));
    }

    [Fact]
    public async Task AfterATamperedEntryIsDeleted_AcceptingTheRowSet_LetsVerifyAndRotationPassAgain()
    {
        var sealedData = _journal.SealedOf(Owner.Value, _entries[2].Id);
        sealedData[^5] ^= 0x01;
        _journal.SetSealed(Owner.Value, _entries[2].Id, sealedData);
        await _store.DeleteAsync(Owner, _entries[2].Id);
        Assert.False((await _store.VerifyAsync(Owner)).IsIntact); // deleting it does not hide that it was changed

        await _store.AcceptRowSetAsync(Owner);

        Assert.True((await _store.VerifyAsync(Owner)).IsIntact);
        using var newKey = TempJournal.FastPassphrase("rotated");
        await _store.RotateKeyAsync(newKey);
    }
}
