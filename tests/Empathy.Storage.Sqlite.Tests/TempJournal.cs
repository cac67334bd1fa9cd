using System.Text;
using Empathy.Core.Storage.Keys;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite.Tests;

/// <summary>
/// A journal file in a fresh temporary folder, with helpers to open it quickly (a test-only low PBKDF2
/// iteration count), to look at the raw files, and to change rows behind the store's back.
/// </summary>
internal sealed class TempJournal : IDisposable
{
    /// <summary>Test-only: far below the production minimum, so a test derives a key in microseconds.</summary>
    public const int FastIterations = 1_000;

    public const string Passphrase = "correct horse battery staple";

    public TempJournal()
    {
        Folder = Path.Combine(Path.GetTempPath(), "empathy-journal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "journal.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public SqliteJournalStoreOptions Options => new() { DatabasePath = DatabasePath };

    public static PassphraseKeyProvider FastPassphrase(string passphrase = Passphrase) =>
        PassphraseKeyProvider.CreateWithIterationsBelowMinimumForTesting(passphrase, FastIterations);

    public SqliteJournalStore Open(string passphrase = Passphrase)
    {
        using var key = FastPassphrase(passphrase);
        return SqliteJournalStore.Open(Options, key);
    }

    public SqliteJournalStore Open(JournalKeyProvider key) => SqliteJournalStore.Open(Options, key);

    /// <summary>Vault mode: no key provider; owners open with their own secrets.</summary>
    public SqliteJournalStore OpenVaults() => SqliteJournalStore.Open(Options);

    /// <summary>Puts a copy of the layout-2 fixture (written by the code before per-owner keys) in place of this journal.</summary>
    public void UseLayout2Fixture() => File.Copy(Fixtures.Layout2Fixture.DatabaseFile, DatabasePath, overwrite: true);

    /// <summary>How many of the owners' rows are sealed under a key other than the owner's current data key.</summary>
    public long RowsNotUnderTheirOwnersDataKey() =>
        (long)RawScalar("SELECT count(*) FROM journal_entries e LEFT JOIN owner_vaults v ON v.owner = e.owner WHERE v.data_key_id IS NULL OR e.key_id <> v.data_key_id")!;

    /// <summary>Every owner's current data key id, in owner order.</summary>
    public string DataKeyIds() => (string?)RawScalar("SELECT group_concat(data_key_id, ',') FROM (SELECT data_key_id FROM owner_vaults ORDER BY owner)") ?? "";

    /// <summary>The database file, its write-ahead log and its shared-memory index, as they are on disk now.</summary>
    public IReadOnlyDictionary<string, byte[]> Files()
    {
        var files = new Dictionary<string, byte[]>();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            var path = DatabasePath + suffix;
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                files[Path.GetFileName(path)] = copy.ToArray();
            }
        }

        return files;
    }

    /// <summary>The files that contain <paramref name="needle"/>.</summary>
    public IReadOnlyList<string> FilesContaining(ReadOnlySpan<byte> needle)
    {
        var found = new List<string>();
        foreach (var (name, bytes) in Files())
        {
            if (bytes.AsSpan().IndexOf(needle) >= 0)
            {
                found.Add(name);
            }
        }

        return found;
    }

    public IReadOnlyList<string> FilesContaining(string text) => FilesContaining(Encoding.UTF8.GetBytes(text));

    /// <summary>A connection of its own, outside the store: to look at or change rows as an attacker would.</summary>
    public SqliteConnection Raw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public object? RawScalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }

    public int RawExecute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Raw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    public byte[] SealedOf(string owner, Core.Journal.JournalEntryId id) =>
        (byte[])RawScalar("SELECT sealed FROM journal_entries WHERE owner = $o AND id = $i", ("$o", owner), ("$i", id.ToString()))!;

    public void SetSealed(string owner, Core.Journal.JournalEntryId id, byte[] value) =>
        RawExecute("UPDATE journal_entries SET sealed = $s WHERE owner = $o AND id = $i", ("$s", value), ("$o", owner), ("$i", id.ToString()));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open elsewhere is removed with the temp folder later.
        }
    }
}
