using Empathy.Core.Critic;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Practice;

/// <summary>What the SQLite file holds for practice records, and what happens when someone changes it behind the store's back.</summary>
public sealed class PracticeRecordsAtRestTests : IDisposable
{
    private static readonly JournalOwnerId Alice = new("alice");
    private static readonly JournalOwnerId Bob = new("bob");
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task Table_HoldsExactlyTheClearColumnsOfTheDesign()
    {
        using (_journal.Open())
        {
        }

        using var connection = _journal.Raw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, type FROM pragma_table_info('practice_records') ORDER BY cid";
        var columns = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                columns.Add($"{reader.GetString(0)} {reader.GetString(1)}");
            }
        }

        Assert.Equal(["owner TEXT", "kind TEXT", "id TEXT", "at_ticks INTEGER", "schema_version INTEGER", "key_id TEXT", "sealed BLOB"], columns);
        Assert.Equal("1", _journal.RawScalar("SELECT value FROM journal_meta WHERE name = 'practice_format'"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task PrivateText_NeverReachesTheDisk_InClear()
    {
        using (var store = _journal.Open())
        {
            await ((IPracticeStore)store).ImportAsync(Alice, PracticeSamples.Export());
            Assert.Equal(7, (await ((IPracticeStore)store).ExportAsync(Alice)).Count);
        }

        Assert.Empty(_journal.FilesContaining(PracticeSamples.SecretPhrase));
        Assert.Empty(_journal.FilesContaining("the heckler"));
        Assert.Empty(_journal.FilesContaining("Next time I will ask for feedback first."));
        Assert.Equal(7L, _journal.RawScalar("SELECT count(*) FROM practice_records WHERE owner = 'alice'"));
    }

    [Fact]
    public async Task Records_SurviveReopening()
    {
        var document = PracticeSamples.Export();
        using (var store = _journal.Open())
        {
            await ((IPracticeStore)store).ImportAsync(Alice, document);
        }

        using var reopened = _journal.Open();
        Assert.Equal(document with { ExportedAt = default }, (await ((IPracticeStore)reopened).ExportAsync(Alice)) with { ExportedAt = default });
    }

    [Fact]
    public async Task RowMovedToAnotherKind_FailsItsCheck_AndHidesNoOtherRecord()
    {
        using var store = _journal.Open();
        var critic = PracticeSamples.Record(PracticeSamples.Critic());
        var other = PracticeSamples.Record(PracticeSamples.Note(), PracticeSamples.Start.AddHours(1));
        await store.AddAsync(Alice, PracticeKinds.InnerCritics, critic);
        await store.AddAsync(Alice, PracticeKinds.SelfEmpathyNotes, other);

        _journal.RawExecute("UPDATE practice_records SET kind = 'self-empathy-note' WHERE id = $id", ("$id", critic.Id.ToString()));

        var error = await Assert.ThrowsAsync<PracticeRecordTamperedException>(() => store.GetAsync(Alice, PracticeKinds.SelfEmpathyNotes, critic.Id));
        Assert.Equal([$"self-empathy-note/{critic.Id}"], error.Records);
        var page = await store.ListAsync(Alice, PracticeKinds.SelfEmpathyNotes, PracticeQuery.All);
        Assert.Equal([other], page.Records);
        Assert.Equal([critic.Id], page.TamperedRecordIds);
        await Assert.ThrowsAsync<PracticeRecordTamperedException>(() => ((IPracticeStore)store).ExportAsync(Alice));
    }

    [Fact]
    public async Task RowCopiedToAnotherIdOrOwner_FailsItsCheck()
    {
        using var store = _journal.Open();
        var first = PracticeSamples.Record(PracticeSamples.Critic());
        var second = PracticeSamples.Record(PracticeSamples.Critic("Ms Perfect"));
        var bobs = PracticeSamples.Record(PracticeSamples.Critic("Bob's"));
        await store.AddAsync(Alice, PracticeKinds.InnerCritics, first);
        await store.AddAsync(Alice, PracticeKinds.InnerCritics, second);
        await store.AddAsync(Bob, PracticeKinds.InnerCritics, bobs);
        var sealedFirst = _journal.RawScalar("SELECT sealed FROM practice_records WHERE id = $id", ("$id", first.Id.ToString()))!;

        _journal.RawExecute("UPDATE practice_records SET sealed = $s WHERE id = $id", ("$s", sealedFirst), ("$id", second.Id.ToString()));
        _journal.RawExecute("UPDATE practice_records SET sealed = $s WHERE id = $id", ("$s", sealedFirst), ("$id", bobs.Id.ToString()));

        await Assert.ThrowsAsync<PracticeRecordTamperedException>(() => store.GetAsync(Alice, PracticeKinds.InnerCritics, second.Id));
        await Assert.ThrowsAsync<PracticeRecordTamperedException>(() => store.GetAsync(Bob, PracticeKinds.InnerCritics, bobs.Id));
        Assert.Equal(first, await store.GetAsync(Alice, PracticeKinds.InnerCritics, first.Id));
    }

    [Fact]
    public async Task ChangedTimeOrIdColumn_IsReported()
    {
        using var store = _journal.Open();
        var record = PracticeSamples.Record(PracticeSamples.Critic());
        var moved = PracticeSamples.Record(PracticeSamples.Critic("moved"));
        await store.AddAsync(Alice, PracticeKinds.InnerCritics, record);
        await store.AddAsync(Alice, PracticeKinds.InnerCritics, moved);

        _journal.RawExecute("UPDATE practice_records SET at_ticks = at_ticks + 1 WHERE id = $id", ("$id", record.Id.ToString()));
        _journal.RawExecute("UPDATE practice_records SET id = 'not-an-id' WHERE id = $id", ("$id", moved.Id.ToString()));

        var page = await store.ListAsync(Alice, PracticeKinds.InnerCritics, PracticeQuery.All);
        Assert.Empty(page.Records);
        Assert.Equal([record.Id], page.TamperedRecordIds);
        Assert.Equal(["not-an-id"], page.UnreadableRowIds);
    }

    [Fact]
    public async Task KeyRotation_ReSealsPracticeRecords()
    {
        var record = PracticeSamples.Record(PracticeSamples.Tank());
        using (var store = _journal.Open())
        {
            await store.AddAsync(Alice, PracticeKinds.EnergyTanks, record);
            await store.AddAsync(Alice, JournalSamples.Entry());
            using var next = TempJournal.FastPassphrase("a new passphrase");
            await store.RotateKeyAsync(next);
            Assert.Equal(record, await store.GetAsync(Alice, PracticeKinds.EnergyTanks, record.Id));
        }

        using var reopened = _journal.Open("a new passphrase");
        Assert.Equal(record, await reopened.GetAsync(Alice, PracticeKinds.EnergyTanks, record.Id));
        Assert.Equal(1L, _journal.RawScalar("SELECT count(DISTINCT key_id) FROM (SELECT key_id FROM practice_records UNION ALL SELECT key_id FROM journal_entries)"));
    }

    [Fact]
    public async Task JournalWithoutPracticeTable_GetsItWhenOpened()
    {
        var entry = JournalSamples.Entry();
        using (var store = _journal.Open())
        {
            await store.AddAsync(Alice, entry);
        }

        // As a file written before practice records existed.
        _journal.RawExecute("DROP TABLE practice_records; DELETE FROM journal_meta WHERE name = 'practice_format';");

        using var reopened = _journal.Open();
        var critic = PracticeSamples.Record(PracticeSamples.Critic());
        await reopened.AddAsync(Alice, PracticeKinds.InnerCritics, critic);
        Assert.Equal(critic, await reopened.GetAsync(Alice, PracticeKinds.InnerCritics, critic.Id));
        Assert.Equal(entry, await reopened.GetAsync(Alice, entry.Id));
    }

    [Fact]
    public void NewerPracticeLayout_IsRefused_AndNothingChanges()
    {
        using (_journal.Open())
        {
        }

        _journal.RawExecute("UPDATE journal_meta SET value = '9' WHERE name = 'practice_format'");

        var error = Assert.Throws<JournalFormatException>(() => _journal.Open());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Equal("9", _journal.RawScalar("SELECT value FROM journal_meta WHERE name = 'practice_format'"));
    }

    [Fact]
    public async Task Delete_ErasesTheRowFromDisk()
    {
        using var store = _journal.Open();
        var critic = PracticeSamples.Record(new InnerCritic { Name = "the heckler", TypicalPhrases = ["phrase"] });
        await store.AddAsync(Alice, PracticeKinds.InnerCritics, critic);
        var sealedBytes = (byte[])_journal.RawScalar("SELECT sealed FROM practice_records WHERE id = $id", ("$id", critic.Id.ToString()))!;

        await store.DeleteAsync(Alice, PracticeKinds.InnerCritics, critic.Id);

        Assert.Empty(_journal.FilesContaining(sealedBytes));
    }
}
