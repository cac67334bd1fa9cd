using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.Sqlite.Tests.Fixtures;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Storage.Sqlite.Tests.Vaults;

/// <summary>What per-owner keys do to the SQLite file: migration of an old file, and which rows each operation touches.</summary>
public sealed class SqliteVaultStorageTests : IDisposable
{
    private static readonly JournalOwnerId Alice = new("alice");
    private static readonly JournalOwnerId Bob = new("bob");
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task Layout2Fixture_IsMigratedInPlace_EveryOwnerUnderTheirOwnDataKey_NothingLost()
    {
        _journal.UseLayout2Fixture();
        var oldKeyId = (string)_journal.RawScalar("SELECT value FROM journal_meta WHERE name = 'active_key_id'")!;

        using (var store = _journal.Open(Layout2Fixture.Passphrase))
        {
            foreach (var owner in new[] { Layout2Fixture.Alice, Layout2Fixture.Bob })
            {
                var expected = JournalExportJson.Deserialize(await File.ReadAllBytesAsync(Layout2Fixture.ExportFile(owner)));
                Assert.Equal(expected.Entries, (await store.ExportAsync(owner)).Entries);
                Assert.True((await store.VerifyAsync(owner)).IsIntact);
            }

            Assert.Equal(2, (await store.ListAsync(Layout2Fixture.Bob, new JournalQuery { Tag = "running" })).Entries.Count);
        }

        Assert.Equal("3", _journal.RawScalar("SELECT value FROM journal_meta WHERE name = 'store_format'"));
        Assert.Equal(0L, _journal.RowsNotUnderTheirOwnersDataKey());
        Assert.Equal(2L, _journal.RawScalar("SELECT count(DISTINCT data_key_id) FROM owner_vaults"));
        Assert.Equal(0L, _journal.RawScalar("SELECT count(*) FROM journal_keys WHERE key_id = $k", ("$k", oldKeyId)));
        Assert.Throws<WrongJournalKeyException>(() => _journal.Open("not the passphrase"));
    }

    [Fact]
    public void Layout2File_InVaultMode_IsRefused_AndLeftAsItWas()
    {
        _journal.UseLayout2Fixture();
        var before = File.ReadAllBytes(_journal.DatabasePath);

        var error = Assert.Throws<JournalFormatException>(() => _journal.OpenVaults());

        Assert.Contains("migrate", error.Message);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal("2", _journal.RawScalar("SELECT value FROM journal_meta WHERE name = 'store_format'"));
        Assert.Equal(before.Length, new FileInfo(_journal.DatabasePath).Length);
    }

    [Fact]
    public async Task ChangeSecret_ReWrapsOnly_NoRecordRowChanges()
    {
        using var store = _journal.OpenVaults();
        await CreateWithEntriesAsync(store, Alice, "old words");
        var rowsBefore = Rows();
        var dataKeyBefore = _journal.DataKeyIds();

        using (var old = Secret("old words"))
        using (var replacement = Secret("new words"))
        {
            await store.ChangeSecretAsync(Alice, old, replacement);
        }

        Assert.Equal(rowsBefore, Rows());
        Assert.Equal(dataKeyBefore, _journal.DataKeyIds());
    }

    [Fact]
    public async Task RotateDataKey_ReSealsThatOwnersRowsOnly()
    {
        using var store = _journal.OpenVaults();
        var alice = await CreateWithEntriesAsync(store, Alice, "alice's words");
        using var bob = await CreateWithEntriesAsync(store, Bob, "bob's words");
        var bobsBefore = Rows("bob");
        var alicesBefore = Rows("alice");

        await store.RotateDataKeyAsync(alice);

        Assert.Equal(bobsBefore, Rows("bob"));
        var alicesAfter = Rows("alice");
        Assert.Equal(alicesBefore.Count, alicesAfter.Count);
        Assert.All(alicesAfter.Zip(alicesBefore), pair => Assert.NotEqual(pair.Second, pair.First));
        Assert.Equal(0L, _journal.RowsNotUnderTheirOwnersDataKey());
        Assert.True((await store.VerifyAsync(Alice)).IsIntact);
        alice.Dispose();
    }

    [Fact]
    public async Task Erase_CryptoShreds_RowsCopiedBackFromABackupOpenWithNothing()
    {
        var backup = Path.Combine(_journal.Folder, "backup.db");
        using (var store = _journal.OpenVaults())
        {
            using var session = await CreateWithEntriesAsync(store, Alice, "alice's words", withRecoveryKey: true);
            using var bob = await CreateWithEntriesAsync(store, Bob, "bob's words");
            await store.CheckpointAsync();
            File.Copy(_journal.DatabasePath, backup);

            await store.EraseOwnerAsync(Alice);

            Assert.Equal(0L, _journal.RawScalar("SELECT count(*) FROM owner_vaults WHERE owner = 'alice'"));
            Assert.Equal(0L, _journal.RawScalar("SELECT count(*) FROM owner_vault_wrappings WHERE owner = 'alice'"));
            Assert.Equal(0L, _journal.RawScalar("SELECT count(*) FROM journal_entries WHERE owner = 'alice'"));
            Assert.Empty(_journal.FilesContaining("alice"));
        }

        // The backup's rows come back; the keys that sealed them are gone for good.
        _journal.RawExecute($"ATTACH DATABASE '{backup}' AS old; INSERT INTO journal_entries (owner, id, felt_at, schema_version, key_id, sealed) SELECT owner, id, felt_at, schema_version, key_id, sealed FROM old.journal_entries WHERE owner = 'alice'; DETACH DATABASE old;");
        Assert.Equal(3L, _journal.RawScalar("SELECT count(*) FROM journal_entries WHERE owner = 'alice'"));
        using (var store = _journal.OpenVaults())
        {
            using (var passphrase = Secret("alice's words"))
            {
                await Assert.ThrowsAsync<WrongJournalKeyException>(() => store.OpenAsync(Alice, passphrase));
                using var fresh = (await store.CreateAsync(Alice, passphrase, withRecoveryKey: false)).Session;
                var page = await store.ListAsync(Alice, new JournalQuery());
                Assert.Empty(page.Entries);
                Assert.Equal(3, page.TamperedEntryIds.Count);
            }
        }

        using var singleKey = _journal.Open(TempJournal.Passphrase);
        Assert.Empty((await singleKey.ListAsync(new JournalOwnerId("someone-else"), new JournalQuery())).Entries);
    }

    [Fact]
    public async Task Erase_HeldBackByAnotherReader_SaysErasedButNotYetShredded_AndCheckpointFinishesIt()
    {
        using var store = SqliteJournalStore.Open(new SqliteJournalStoreOptions { DatabasePath = _journal.DatabasePath, BusyTimeout = TimeSpan.FromSeconds(1) });
        using (await CreateWithEntriesAsync(store, Alice, "alice's words"))
        using (await CreateWithEntriesAsync(store, Bob, "bob's words"))
        {
        }

        await store.CheckpointAsync();
        OwnerEraseIncompleteException error;
        using (var reader = _journal.Raw())
        using (reader.BeginTransaction(deferred: true))
        {
            using (var read = reader.CreateCommand())
            {
                read.CommandText = "SELECT count(*) FROM owner_vaults";
                read.ExecuteScalar(); // holds a read snapshot, as another process's open reader would
            }

            error = await Assert.ThrowsAsync<OwnerEraseIncompleteException>(() => store.EraseOwnerAsync(Alice));
            Assert.NotEmpty(_journal.FilesContaining("alice"));
        }

        Assert.Equal(Alice, error.Owner);
        Assert.Contains("not yet shredded", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _journal.RawScalar("SELECT count(*) FROM owner_vault_wrappings WHERE owner = 'alice'"));
        using (var passphrase = Secret("alice's words"))
        {
            await Assert.ThrowsAsync<WrongJournalKeyException>(() => store.OpenAsync(Alice, passphrase));
        }

        Assert.True(await store.CheckpointAsync());
        Assert.Empty(_journal.FilesContaining("alice"));
    }

    [Fact]
    public async Task VaultMode_PersistsAcrossStores_AndSingleKeyModeCannotOpenAPassphraseVault()
    {
        var entry = JournalSamples.Entry();
        using (var store = _journal.OpenVaults())
        using (var session = await CreateWithEntriesAsync(store, Alice, "alice's words"))
        {
            await store.AddAsync(Alice, entry);
        }

        using (var store = _journal.OpenVaults())
        {
            await Assert.ThrowsAsync<OwnerVaultLockedException>(() => store.GetAsync(Alice, entry.Id));
            using var passphrase = Secret("alice's words");
            using var session = await store.OpenAsync(Alice, passphrase);
            Assert.Equal(entry, await store.GetAsync(Alice, entry.Id));
            Assert.True(store.IsVaultMode);
            Assert.Throws<InvalidOperationException>(() => store.KeyId);
        }

        using var single = _journal.Open("a store key");
        await Assert.ThrowsAsync<WrongJournalKeyException>(() => single.GetAsync(Alice, entry.Id));
    }

    private static OwnerSecret Secret(string passphrase) => OwnerSecret.FromPassphraseWithIterationsBelowMinimumForTesting(passphrase, TempJournal.FastIterations);

    private static async Task<OwnerVaultSession> CreateWithEntriesAsync(SqliteJournalStore store, JournalOwnerId owner, string passphrase, bool withRecoveryKey = false)
    {
        using var secret = Secret(passphrase);
        var session = (await store.CreateAsync(owner, secret, withRecoveryKey)).Session;
        await store.AddRangeAsync(owner, JournalSamples.Hourly(3, ["tagged"]));
        return session;
    }

    private List<string> Rows(string? owner = null)
    {
        using var connection = _journal.Raw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT owner || '|' || id || '|' || key_id || '|' || hex(sealed) FROM journal_entries" + (owner is null ? "" : " WHERE owner = $o") + " ORDER BY owner, id";
        if (owner is not null)
        {
            command.Parameters.AddWithValue("$o", owner);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
