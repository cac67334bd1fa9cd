using System.Text;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Cursors;
using Empathy.Core.Storage.Practice;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>The SQL of table <c>practice_records</c>: one helper per statement, positional parameters.</summary>
internal sealed class PostgreSqlPracticeCommands(string schema)
{
    private const string RowColumns = "kind, id, at_ticks, schema_version, key_id, sealed";

    private readonly string _records = schema + ".practice_records";

    public NpgsqlCommand List(NpgsqlConnection connection, JournalOwnerId owner, PracticeKind kind, PracticeQuery query, JournalCursor? cursor, int limit)
    {
        var command = connection.CreateCommand();
        var p = command.Parameters;
        var sql = new StringBuilder($"SELECT {RowColumns} FROM {_records} WHERE owner = ").Append(p.Bind(owner.Value))
            .Append(" AND kind = ").Append(p.Bind(kind.Name));
        if (query.From is { } from)
        {
            sql.Append(" AND at_ticks >= ").Append(p.Bind(from.UtcTicks));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND at_ticks < ").Append(p.Bind(to.UtcTicks));
        }

        var descending = query.Order == JournalOrder.NewestFirst;
        if (cursor is { } position)
        {
            sql.Append(descending ? " AND (at_ticks, id) < (" : " AND (at_ticks, id) > (")
                .Append(p.Bind(position.FeltAtUtcTicks)).Append(", ").Append(p.Bind(position.EntryId)).Append(')');
        }

        sql.Append(descending ? " ORDER BY at_ticks DESC, id DESC" : " ORDER BY at_ticks, id").Append(" LIMIT ").Append(p.Bind(limit));
        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Every practice row of <paramref name="owner"/>.</summary>
    public async Task<List<SealedPracticeRow>> ReadAllAsync(NpgsqlConnection connection, string owner, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {RowColumns} FROM {_records} WHERE owner = $1 ORDER BY kind, at_ticks, id";
        select.Parameters.Bind(owner);
        return await ReadRowsAsync(select, owner, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<List<SealedPracticeRow>> ReadRowsAsync(NpgsqlCommand select, string owner, CancellationToken cancellationToken)
    {
        var rows = new List<SealedPracticeRow>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new SealedPracticeRow(owner, reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetString(4), reader.GetFieldValue<byte[]>(5)));
        }

        return rows;
    }

    public async Task<SealedPracticeRow?> SelectAsync(NpgsqlConnection connection, JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {RowColumns} FROM {_records} WHERE owner = $1 AND kind = $2 AND id = $3";
        select.Parameters.Bind(owner.Value);
        select.Parameters.Bind(kind.Name);
        select.Parameters.Bind(id.ToString());
        var rows = await ReadRowsAsync(select, owner.Value, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Adds the row unless the owner has a record of its kind and id; returns the id when it was added.</summary>
    public NpgsqlBatchCommand InsertIfNew(SealedPracticeRow row)
    {
        var command = new NpgsqlBatchCommand($"INSERT INTO {_records} (owner, {RowColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (owner, kind, id) DO NOTHING RETURNING id");
        AddRow(command.Parameters, row);
        return command;
    }

    public NpgsqlBatchCommand Update(SealedPracticeRow row)
    {
        var command = new NpgsqlBatchCommand($"UPDATE {_records} SET at_ticks = $4, schema_version = $5, key_id = $6, sealed = $7 WHERE owner = $1 AND kind = $2 AND id = $3");
        AddRow(command.Parameters, row);
        return command;
    }

    public NpgsqlBatchCommand Delete(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id)
    {
        var command = new NpgsqlBatchCommand($"DELETE FROM {_records} WHERE owner = $1 AND kind = $2 AND id = $3");
        command.Parameters.Bind(owner.Value);
        command.Parameters.Bind(kind.Name);
        command.Parameters.Bind(id.ToString());
        return command;
    }

    private static void AddRow(NpgsqlParameterCollection parameters, SealedPracticeRow row)
    {
        parameters.Bind(row.Owner);
        parameters.Bind(row.Kind);
        parameters.Bind(row.Id);
        parameters.Bind(row.AtUtcTicks);
        parameters.Bind(row.SchemaVersion);
        parameters.Bind(row.KeyId);
        parameters.Bind(row.Sealed);
    }
}
