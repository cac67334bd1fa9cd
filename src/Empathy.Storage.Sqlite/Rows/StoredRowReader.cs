using Empathy.Core.Storage.Encryption;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>Reads an entry row as stored: its clear columns and its sealed data.</summary>
internal static class StoredRowReader
{
    /// <summary>
    /// Reads columns id, felt_at, schema_version, key_id, sealed from <paramref name="first"/> on. Values of
    /// the wrong type (a changed row) are converted as SQLite converts them, never thrown on: the
    /// integrity check then reports the row.
    /// </summary>
    public static SealedJournalRow Read(SqliteDataReader reader, string owner, int first = 0) =>
        new(owner, reader.GetString(first), reader.GetInt64(first + 1), reader.GetInt32(first + 2), reader.GetString(first + 3), reader.GetFieldValue<byte[]>(first + 4));
}
