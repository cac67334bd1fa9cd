using Empathy.Storage.Sqlite.Encryption;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>An entry row as stored: its clear columns and its sealed data.</summary>
internal sealed record StoredRow(string Owner, string Id, long FeltAt, int SchemaVersion, string KeyId, byte[] Sealed)
{
    /// <summary>Where the sealed data belongs, for the associated data.</summary>
    public EntryAddress Address => new(Owner, Id, SchemaVersion);

    /// <summary>Reads columns id, felt_at, schema_version, key_id, sealed (in that order).</summary>
    public static StoredRow Read(SqliteDataReader reader, string owner) =>
        new(owner, reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetString(3), (byte[])reader.GetValue(4));
}
