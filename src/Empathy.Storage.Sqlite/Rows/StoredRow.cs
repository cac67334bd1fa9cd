using Empathy.Core.Journal;
using Empathy.Storage.Sqlite.Encryption;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>An entry row as stored: its clear columns and its sealed data.</summary>
internal sealed record StoredRow(string Owner, string Id, long FeltAt, int SchemaVersion, string KeyId, byte[] Sealed)
{
    /// <summary>Where the sealed data belongs, for the associated data.</summary>
    public EntryAddress Address => new(Owner, Id, SchemaVersion);

    /// <summary>
    /// The entry id, or <see langword="null"/> when the id column holds something the library never writes
    /// (a changed row that cannot even be named).
    /// </summary>
    public JournalEntryId? EntryId => JournalEntryId.TryParse(Id, out var id) ? id : null;

    /// <summary>
    /// Reads columns id, felt_at, schema_version, key_id, sealed from <paramref name="first"/> on. Values of
    /// the wrong type (a changed row) are converted as SQLite converts them, never thrown on: the
    /// integrity check then reports the row.
    /// </summary>
    public static StoredRow Read(SqliteDataReader reader, string owner, int first = 0) =>
        new(owner, reader.GetString(first), reader.GetInt64(first + 1), reader.GetInt32(first + 2), reader.GetString(first + 3), reader.GetFieldValue<byte[]>(first + 4));
}
