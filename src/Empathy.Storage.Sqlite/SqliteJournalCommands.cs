using System.Text;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Cursors;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite;

/// <summary>All the SQL the store runs, one helper per statement, so the store reads as what it does.</summary>
internal static class SqliteJournalCommands
{
    public static SqliteCommand ListCommand(SqliteConnection connection, IEntryCodec codec, JournalOwnerId owner, JournalQuery query, JournalCursor? cursor, int? limit)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT e.id, e.felt_at, e.schema_version, e.key_id, e.sealed FROM journal_entries e");
        if (query.Tag is not null)
        {
            sql.Append(" JOIN journal_entry_tags t ON t.owner = e.owner AND t.entry_id = e.id AND t.tag_hash = $tag_hash");
        }

        sql.Append(" WHERE e.owner = $owner");
        command.Parameters.AddWithValue("$owner", owner.Value);
        if (query.From is { } from)
        {
            sql.Append(" AND e.felt_at >= $from");
            command.Parameters.AddWithValue("$from", from.UtcTicks);
        }

        if (query.To is { } to)
        {
            sql.Append(" AND e.felt_at < $to");
            command.Parameters.AddWithValue("$to", to.UtcTicks);
        }

        var descending = query.Order == JournalOrder.NewestFirst;
        if (cursor is { } position)
        {
            sql.Append(descending
                ? " AND (e.felt_at < $cursor_felt OR (e.felt_at = $cursor_felt AND e.id < $cursor_id))"
                : " AND (e.felt_at > $cursor_felt OR (e.felt_at = $cursor_felt AND e.id > $cursor_id))");
            command.Parameters.AddWithValue("$cursor_felt", position.FeltAtUtcTicks);
            command.Parameters.AddWithValue("$cursor_id", position.EntryId);
        }

        sql.Append(descending ? " ORDER BY e.felt_at DESC, e.id DESC" : " ORDER BY e.felt_at, e.id");
        if (limit is { } count)
        {
            sql.Append(" LIMIT $limit");
            command.Parameters.AddWithValue("$limit", count);
        }

        command.CommandText = sql.ToString();
        if (query.Tag is { } tag)
        {
            command.Parameters.AddWithValue("$tag_hash", codec.HashTag(owner.Value, tag));
        }

        return command;
    }

    /// <summary>Every row of <paramref name="owner"/>, oldest first.</summary>
    public static List<SealedJournalRow> ReadAllRows(SqliteConnection connection, IEntryCodec codec, JournalOwnerId owner, CancellationToken cancellationToken)
    {
        using var select = ListCommand(connection, codec, owner, new JournalQuery(), cursor: null, limit: null);
        return ReadRows(select, owner.Value, cancellationToken);
    }

    public static List<SealedJournalRow> ReadRows(SqliteCommand select, string owner, CancellationToken cancellationToken)
    {
        var rows = new List<SealedJournalRow>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            if ((rows.Count & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows.Add(StoredRowReader.Read(reader, owner));
        }

        return rows;
    }

    public static SqliteCommand InsertCommand(SqliteConnection connection, bool ifNew = false)
    {
        var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO journal_entries (owner, id, felt_at, schema_version, key_id, sealed)
            VALUES ($owner, $id, $felt_at, $schema_version, $key_id, $sealed)
            """ + (ifNew ? " ON CONFLICT (owner, id) DO NOTHING" : "");
        AddRowParameters(command);
        return command;
    }

    public static void AddRowParameters(SqliteCommand command)
    {
        command.Parameters.Add("$owner", SqliteType.Text);
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$felt_at", SqliteType.Integer);
        command.Parameters.Add("$schema_version", SqliteType.Integer);
        command.Parameters.Add("$key_id", SqliteType.Text);
        command.Parameters.Add("$sealed", SqliteType.Blob);
    }

    public static SqliteCommand UpdateCommand(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE journal_entries SET felt_at = $felt_at, schema_version = $schema_version, key_id = $key_id, sealed = $sealed
            WHERE owner = $owner AND id = $id
            """;
        AddRowParameters(command);
        return command;
    }

    public static void Bind(SqliteCommand command, SealedJournalRow row)
    {
        var parameters = command.Parameters;
        parameters[0].Value = row.Owner;
        parameters[1].Value = row.Id;
        parameters[2].Value = row.FeltAtUtcTicks;
        parameters[3].Value = row.SchemaVersion;
        parameters[4].Value = row.KeyId;
        parameters[5].Value = row.Sealed;
    }

    /// <summary>The row of one entry, or <see langword="null"/> when the owner has none with this id.</summary>
    public static SealedJournalRow? SelectEntry(SqliteConnection connection, JournalOwnerId owner, string id)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, felt_at, schema_version, key_id, sealed FROM journal_entries WHERE owner = $owner AND id = $id";
        select.Parameters.AddWithValue("$owner", owner.Value);
        select.Parameters.AddWithValue("$id", id);
        using var reader = select.ExecuteReader();
        return reader.Read() ? StoredRowReader.Read(reader, owner.Value) : null;
    }

    /// <summary>Deletes one entry and its tag rows; <see langword="false"/> when the owner has none with this id.</summary>
    public static bool DeleteEntry(SqliteConnection connection, string owner, string id)
    {
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM journal_entries WHERE owner = $owner AND id = $id";
        delete.Parameters.AddWithValue("$owner", owner);
        delete.Parameters.AddWithValue("$id", id);
        if (delete.ExecuteNonQuery() == 0)
        {
            return false;
        }

        DeleteTags(connection, owner, id);
        return true;
    }

    public static void DeleteTags(SqliteConnection connection, string owner, string id)
    {
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM journal_entry_tags WHERE owner = $owner AND entry_id = $id";
        delete.Parameters.AddWithValue("$owner", owner);
        delete.Parameters.AddWithValue("$id", id);
        delete.ExecuteNonQuery();
    }

    /// <summary>Throws when another process rotated the owner's data key (or erased them) away from the one this store holds.</summary>
    public static void RequireActiveKey(SqliteConnection connection, string owner, IEntryCodec codec)
    {
        if (codec is not AesGcmEntryCodec)
        {
            return;
        }

        if (SqliteVaultCommands.CurrentDataKeyId(connection, owner) != codec.KeyId)
        {
            throw new WrongJournalKeyException(
                $"This owner's data key was rotated (or their vault erased) by another process while this store held key '{codec.KeyId}'. Nothing was read or written; open the vault (or the store) again.");
        }
    }

    /// <summary>The stored key with this id, or <see langword="null"/>.</summary>
    public static StoredJournalKey? SelectKey(SqliteConnection connection, string keyId)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT key_id, method, salt, iterations, check_value FROM journal_keys WHERE key_id = $key_id";
        select.Parameters.AddWithValue("$key_id", keyId);
        using var reader = select.ExecuteReader();
        return reader.Read()
            ? new StoredJournalKey(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2),
                reader.GetInt32(3),
                reader.GetFieldValue<byte[]>(4))
            : null;
    }

    /// <summary>Replaces one row's key id and sealed data, by rowid: for a re-encryption.</summary>
    public static SqliteCommand ResealCommand(SqliteConnection connection)
    {
        var update = connection.CreateCommand();
        update.CommandText = "UPDATE journal_entries SET key_id = $key_id, sealed = $sealed WHERE rowid = $rowid";
        update.Parameters.Add("$rowid", SqliteType.Integer);
        update.Parameters.Add("$key_id", SqliteType.Text);
        update.Parameters.Add("$sealed", SqliteType.Blob);
        return update;
    }

    public static bool TableExists(SqliteConnection connection, string name)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        select.Parameters.AddWithValue("$name", name);
        return select.ExecuteScalar() is > 0L;
    }

    public static void InsertKey(SqliteConnection connection, StoredJournalKey key)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO journal_keys (key_id, method, salt, iterations, check_value) VALUES ($key_id, $method, $salt, $iterations, $check)";
        insert.Parameters.AddWithValue("$key_id", key.KeyId);
        insert.Parameters.AddWithValue("$method", key.Method);
        insert.Parameters.AddWithValue("$salt", key.Salt is null ? DBNull.Value : key.Salt);
        insert.Parameters.AddWithValue("$iterations", key.Iterations);
        insert.Parameters.AddWithValue("$check", key.CheckValue);
        insert.ExecuteNonQuery();
    }

    public static string? GetMeta(SqliteConnection connection, string name)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT value FROM journal_meta WHERE name = $name";
        select.Parameters.AddWithValue("$name", name);
        return select.ExecuteScalar() as string;
    }

    public static void SetMeta(SqliteConnection connection, string name, string value)
    {
        using var upsert = connection.CreateCommand();
        upsert.CommandText = "INSERT INTO journal_meta (name, value) VALUES ($name, $value) ON CONFLICT (name) DO UPDATE SET value = excluded.value";
        upsert.Parameters.AddWithValue("$name", name);
        upsert.Parameters.AddWithValue("$value", value);
        upsert.ExecuteNonQuery();
    }

    public static bool Checkpoint(SqliteConnection connection)
    {
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var reader = checkpoint.ExecuteReader();
        return reader.Read() && reader.GetInt64(0) == 0;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
