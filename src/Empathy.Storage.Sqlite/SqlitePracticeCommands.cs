using System.Text;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Cursors;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Practice;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite;

/// <summary>All the SQL of the practice records table, one helper per statement.</summary>
internal static class SqlitePracticeCommands
{
    private const string Columns = "id, at_ticks, schema_version, key_id, sealed";

    /// <summary>Inserts a row; <see langword="false"/> when (owner, kind, id) exists and <paramref name="ignoreExisting"/> is set.</summary>
    /// <exception cref="SqliteException">The row exists (a constraint error) and <paramref name="ignoreExisting"/> is not set.</exception>
    public static bool Insert(SqliteConnection connection, SqliteTransaction transaction, SealedPracticeRow row, bool ignoreExisting)
    {
        using var insert = Command(connection, transaction,
            $"INSERT {(ignoreExisting ? "OR IGNORE " : "")}INTO practice_records (owner, kind, {Columns}) VALUES ($owner, $kind, $id, $at, $version, $key_id, $sealed)");
        Bind(insert, row);
        return insert.ExecuteNonQuery() == 1;
    }

    /// <summary>Replaces an existing row; <see langword="false"/> when there is none.</summary>
    public static bool Update(SqliteConnection connection, SqliteTransaction transaction, SealedPracticeRow row)
    {
        using var update = Command(connection, transaction,
            "UPDATE practice_records SET at_ticks = $at, schema_version = $version, key_id = $key_id, sealed = $sealed WHERE owner = $owner AND kind = $kind AND id = $id");
        Bind(update, row);
        return update.ExecuteNonQuery() == 1;
    }

    /// <summary>Deletes a row; <see langword="false"/> when there is none.</summary>
    public static bool Delete(SqliteConnection connection, SqliteTransaction transaction, string owner, string kind, string id)
    {
        using var delete = Command(connection, transaction, "DELETE FROM practice_records WHERE owner = $owner AND kind = $kind AND id = $id");
        delete.Parameters.AddWithValue("$owner", owner);
        delete.Parameters.AddWithValue("$kind", kind);
        delete.Parameters.AddWithValue("$id", id);
        return delete.ExecuteNonQuery() == 1;
    }

    public static SealedPracticeRow? Select(SqliteConnection connection, string owner, string kind, string id)
    {
        using var select = Command(connection, null, $"SELECT {Columns} FROM practice_records WHERE owner = $owner AND kind = $kind AND id = $id");
        select.Parameters.AddWithValue("$owner", owner);
        select.Parameters.AddWithValue("$kind", kind);
        select.Parameters.AddWithValue("$id", id);
        using var reader = select.ExecuteReader();
        return reader.Read() ? Read(reader, owner, kind) : null;
    }

    /// <summary>One page's span of rows (plus one, to tell whether more follow), in the query's order.</summary>
    public static List<SealedPracticeRow> List(SqliteConnection connection, string owner, PracticeKind kind, PracticeQuery query, JournalCursor? cursor, int limit, CancellationToken cancellationToken)
    {
        using var select = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {Columns} FROM practice_records WHERE owner = $owner AND kind = $kind");
        select.Parameters.AddWithValue("$owner", owner);
        select.Parameters.AddWithValue("$kind", kind.Name);
        if (query.From is { } from)
        {
            sql.Append(" AND at_ticks >= $from");
            select.Parameters.AddWithValue("$from", from.UtcTicks);
        }

        if (query.To is { } to)
        {
            sql.Append(" AND at_ticks < $to");
            select.Parameters.AddWithValue("$to", to.UtcTicks);
        }

        var descending = query.Order == JournalOrder.NewestFirst;
        if (cursor is { } position)
        {
            sql.Append(descending
                ? " AND (at_ticks < $cursor_at OR (at_ticks = $cursor_at AND id < $cursor_id))"
                : " AND (at_ticks > $cursor_at OR (at_ticks = $cursor_at AND id > $cursor_id))");
            select.Parameters.AddWithValue("$cursor_at", position.FeltAtUtcTicks);
            select.Parameters.AddWithValue("$cursor_id", position.EntryId);
        }

        sql.Append(descending ? " ORDER BY at_ticks DESC, id DESC" : " ORDER BY at_ticks, id");
        sql.Append(" LIMIT $limit");
        select.Parameters.AddWithValue("$limit", limit);
        select.CommandText = sql.ToString();
        return ReadAll(select, owner, kindColumn: null, kind.Name, cancellationToken);
    }

    /// <summary>Every row of <paramref name="owner"/>, all kinds.</summary>
    public static List<SealedPracticeRow> SelectAll(SqliteConnection connection, string owner, CancellationToken cancellationToken)
    {
        using var select = Command(connection, null, $"SELECT kind, {Columns} FROM practice_records WHERE owner = $owner");
        select.Parameters.AddWithValue("$owner", owner);
        return ReadAll(select, owner, kindColumn: 0, kind: null, cancellationToken);
    }

    /// <summary>
    /// Re-seals every practice row of the file under <paramref name="to"/> (a key rotation), inside the caller's
    /// transaction. Rows that fail their check under <paramref name="from"/> stop it: nothing is changed.
    /// </summary>
    /// <exception cref="PracticeRecordTamperedException">Rows failed their check; all are named.</exception>
    public static void ResealAll(SqliteConnection connection, SqliteTransaction transaction, IEntryCodec from, IEntryCodec to)
    {
        var rows = new List<(long RowId, SealedPracticeRow Row)>();
        using (var select = Command(connection, transaction, $"SELECT rowid, owner, kind, {Columns} FROM practice_records"))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), Read(reader, reader.GetString(1), reader.GetString(2), first: 3)));
            }
        }

        var tampered = new List<string>();
        using var update = Command(connection, transaction, "UPDATE practice_records SET key_id = $key_id, sealed = $sealed WHERE rowid = $rowid");
        var keyId = update.Parameters.Add("$key_id", SqliteType.Text);
        var sealedData = update.Parameters.Add("$sealed", SqliteType.Blob);
        var rowId = update.Parameters.Add("$rowid", SqliteType.Integer);
        foreach (var (id, row) in rows)
        {
            if (!PracticeRecordSealer.TryReseal(from, to, row, out var resealed))
            {
                tampered.Add(row.Name);
                continue;
            }

            keyId.Value = resealed.KeyId;
            sealedData.Value = resealed.Sealed;
            rowId.Value = id;
            update.ExecuteNonQuery();
        }

        if (tampered.Count > 0)
        {
            throw new PracticeRecordTamperedException(tampered, "Key rotation was stopped and nothing was changed; delete these records (or restore them from a backup), then rotate again.");
        }
    }

    private static List<SealedPracticeRow> ReadAll(SqliteCommand select, string owner, int? kindColumn, string? kind, CancellationToken cancellationToken)
    {
        var rows = new List<SealedPracticeRow>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(kindColumn is { } column ? Read(reader, owner, reader.GetString(column), column + 1) : Read(reader, owner, kind!));
        }

        return rows;
    }

    // Values of the wrong type (a changed row) are converted as SQLite converts them, never thrown on: the
    // integrity check then reports the row.
    private static SealedPracticeRow Read(SqliteDataReader reader, string owner, string kind, int first = 0) =>
        new(owner, kind, reader.GetString(first), reader.GetInt64(first + 1), reader.GetInt32(first + 2), reader.GetString(first + 3), reader.GetFieldValue<byte[]>(first + 4));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, SealedPracticeRow row)
    {
        command.Parameters.AddWithValue("$owner", row.Owner);
        command.Parameters.AddWithValue("$kind", row.Kind);
        command.Parameters.AddWithValue("$id", row.Id);
        command.Parameters.AddWithValue("$at", row.AtUtcTicks);
        command.Parameters.AddWithValue("$version", row.SchemaVersion);
        command.Parameters.AddWithValue("$key_id", row.KeyId);
        command.Parameters.AddWithValue("$sealed", row.Sealed);
    }
}
