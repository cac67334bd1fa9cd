using System.Text;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Cursors;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// All the SQL the store runs, one helper per statement, with the configured schema written in once, so
/// the store reads as what it does. Every statement takes positional parameters.
/// </summary>
internal sealed class PostgreSqlJournalCommands(string schema)
{
    private const string RowColumns = "id, felt_at, schema_version, key_id, sealed";

    private readonly string _entries = schema + ".journal_entries";
    private readonly string _tags = schema + ".journal_entry_tags";
    private readonly string _digests = schema + ".journal_owner_digests";
    private readonly string _keys = schema + ".journal_keys";
    private readonly string _meta = schema + ".journal_meta";

    public string Schema { get; } = schema;

    /// <summary><paramref name="sql"/> with <see cref="PostgreSqlJournalSchema.SchemaToken"/> replaced by the schema.</summary>
    public string InSchema(string sql) => sql.Replace(PostgreSqlJournalSchema.SchemaToken, Schema, StringComparison.Ordinal);

    public NpgsqlCommand List(NpgsqlConnection connection, IEntryCodec codec, JournalOwnerId owner, JournalQuery query, JournalCursor? cursor, int? limit)
    {
        var command = connection.CreateCommand();
        var p = command.Parameters;
        var sql = new StringBuilder("SELECT e.id, e.felt_at, e.schema_version, e.key_id, e.sealed FROM ").Append(_entries).Append(" e");
        var ownerParameter = p.Bind(owner.Value);
        if (query.Tag is { } tag)
        {
            sql.Append(" JOIN ").Append(_tags).Append(" t ON t.owner = e.owner AND t.entry_id = e.id AND t.tag_hash = ").Append(p.Bind(codec.HashTag(owner.Value, tag)));
        }

        sql.Append(" WHERE e.owner = ").Append(ownerParameter);
        if (query.From is { } from)
        {
            sql.Append(" AND e.felt_at >= ").Append(p.Bind(from.UtcTicks));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND e.felt_at < ").Append(p.Bind(to.UtcTicks));
        }

        var descending = query.Order == JournalOrder.NewestFirst;
        if (cursor is { } position)
        {
            // A row-value comparison: one index range scan on (owner, felt_at, id).
            sql.Append(descending ? " AND (e.felt_at, e.id) < (" : " AND (e.felt_at, e.id) > (")
                .Append(p.Bind(position.FeltAtUtcTicks)).Append(", ").Append(p.Bind(position.EntryId)).Append(')');
        }

        sql.Append(descending ? " ORDER BY e.felt_at DESC, e.id DESC" : " ORDER BY e.felt_at, e.id");
        if (limit is { } count)
        {
            sql.Append(" LIMIT ").Append(p.Bind(count));
        }

        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Every row of <paramref name="owner"/>, oldest first.</summary>
    public Task<List<SealedJournalRow>> ReadAllRowsAsync(NpgsqlConnection connection, IEntryCodec codec, JournalOwnerId owner, CancellationToken cancellationToken)
    {
        var select = List(connection, codec, owner, new JournalQuery(), cursor: null, limit: null);
        return ReadRowsAsync(select, owner.Value, cancellationToken, disposeCommand: true);
    }

    public static async Task<List<SealedJournalRow>> ReadRowsAsync(NpgsqlCommand select, string owner, CancellationToken cancellationToken, bool disposeCommand = false)
    {
        try
        {
            var rows = new List<SealedJournalRow>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(ReadRow(reader, owner));
            }

            return rows;
        }
        finally
        {
            if (disposeCommand)
            {
                await select.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads columns id, felt_at, schema_version, key_id, sealed from <paramref name="first"/> on.</summary>
    public static SealedJournalRow ReadRow(NpgsqlDataReader reader, string owner, int first = 0) =>
        new(owner, reader.GetString(first), reader.GetInt64(first + 1), reader.GetInt32(first + 2), reader.GetString(first + 3), reader.GetFieldValue<byte[]>(first + 4));

    /// <summary>An insert that adds the row unless the owner has its id, returning the id when it was added.</summary>
    public NpgsqlBatchCommand InsertIfNew(SealedJournalRow row)
    {
        var command = new NpgsqlBatchCommand($"INSERT INTO {_entries} (owner, {RowColumns}) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (owner, id) DO NOTHING RETURNING id");
        AddRow(command.Parameters, row);
        return command;
    }

    public NpgsqlBatchCommand Update(SealedJournalRow row)
    {
        var command = new NpgsqlBatchCommand($"UPDATE {_entries} SET felt_at = $3, schema_version = $4, key_id = $5, sealed = $6 WHERE owner = $1 AND id = $2");
        AddRow(command.Parameters, row);
        return command;
    }

    private static void AddRow(NpgsqlParameterCollection parameters, SealedJournalRow row)
    {
        parameters.Bind(row.Owner);
        parameters.Bind(row.Id);
        parameters.Bind(row.FeltAtUtcTicks);
        parameters.Bind(row.SchemaVersion);
        parameters.Bind(row.KeyId);
        parameters.Bind(row.Sealed);
    }

    /// <summary>One insert per tag hash of <paramref name="entry"/> (keyed hashes, never tags).</summary>
    public IEnumerable<NpgsqlBatchCommand> InsertTags(SealedJournalEntry entry)
    {
        foreach (var hash in entry.TagHashes)
        {
            var command = new NpgsqlBatchCommand($"INSERT INTO {_tags} (owner, tag_hash, entry_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
            command.Parameters.Bind(entry.Row.Owner);
            command.Parameters.Bind(hash);
            command.Parameters.Bind(entry.Row.Id);
            yield return command;
        }
    }

    public NpgsqlBatchCommand DeleteTags(string owner, string id)
    {
        var command = new NpgsqlBatchCommand($"DELETE FROM {_tags} WHERE owner = $1 AND entry_id = $2");
        command.Parameters.Bind(owner);
        command.Parameters.Bind(id);
        return command;
    }

    public NpgsqlBatchCommand DeleteEntry(string owner, string id)
    {
        var command = new NpgsqlBatchCommand($"DELETE FROM {_entries} WHERE owner = $1 AND id = $2");
        command.Parameters.Bind(owner);
        command.Parameters.Bind(id);
        return command;
    }

    /// <summary>The row of one entry, or <see langword="null"/> when the owner has none with this id.</summary>
    public async Task<SealedJournalRow?> SelectEntryAsync(NpgsqlConnection connection, JournalOwnerId owner, string id, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {RowColumns} FROM {_entries} WHERE owner = $1 AND id = $2";
        select.Parameters.Bind(owner.Value);
        select.Parameters.Bind(id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader, owner.Value) : null;
    }

    /// <summary>
    /// Locks the owner's digest row for the rest of the transaction (creating an empty one first) and reads
    /// it: every write of one owner, from any process, runs its read-modify-write of the digest alone.
    /// </summary>
    public async Task<OwnerDigest> LockDigestAsync(NpgsqlConnection connection, string owner, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        var create = new NpgsqlBatchCommand($"INSERT INTO {_digests} (owner, entry_count, digest) VALUES ($1, 0, $2) ON CONFLICT (owner) DO NOTHING");
        create.Parameters.Bind(owner);
        create.Parameters.Bind(OwnerDigest.Empty.Value.ToArray());
        var select = new NpgsqlBatchCommand($"SELECT entry_count, digest FROM {_digests} WHERE owner = $1 FOR UPDATE");
        select.Parameters.Bind(owner);
        batch.BatchCommands.Add(create);
        batch.BatchCommands.Add(select);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new OwnerDigest(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1))
            : OwnerDigest.Empty;
    }

    /// <summary>The owner's digest as stored, without locking it.</summary>
    public async Task<OwnerDigest> ReadDigestAsync(NpgsqlConnection connection, string owner, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT entry_count, digest FROM {_digests} WHERE owner = $1";
        select.Parameters.Bind(owner);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new OwnerDigest(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1))
            : OwnerDigest.Empty;
    }

    public NpgsqlBatchCommand WriteDigest(string owner, OwnerDigest digest)
    {
        var command = new NpgsqlBatchCommand($"UPDATE {_digests} SET entry_count = $2, digest = $3 WHERE owner = $1");
        command.Parameters.Bind(owner);
        command.Parameters.Bind(digest.Count);
        command.Parameters.Bind(digest.Value.ToArray());
        return command;
    }

    /// <summary>The owner's tag hashes, by entry id (for the row set digest).</summary>
    public async Task<Dictionary<string, List<byte[]>>> SelectTagHashesAsync(NpgsqlConnection connection, string owner, string? entryId, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT entry_id, tag_hash FROM {_tags} WHERE owner = $1" + (entryId is null ? "" : " AND entry_id = $2");
        select.Parameters.Bind(owner);
        if (entryId is not null)
        {
            select.Parameters.Bind(entryId);
        }

        var tags = new Dictionary<string, List<byte[]>>(StringComparer.Ordinal);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            if (!tags.TryGetValue(id, out var list))
            {
                tags[id] = list = [];
            }

            list.Add(reader.GetFieldValue<byte[]>(1));
        }

        return tags;
    }

    public async Task<string?> GetMetaAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT value FROM {_meta} WHERE name = $1";
        select.Parameters.Bind(name);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task SetMetaAsync(NpgsqlConnection connection, string name, string value, CancellationToken cancellationToken)
    {
        await using var upsert = connection.CreateCommand();
        upsert.CommandText = $"INSERT INTO {_meta} (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value";
        upsert.Parameters.Bind(name);
        upsert.Parameters.Bind(value);
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored key with this id, or <see langword="null"/>.</summary>
    public async Task<StoredJournalKey?> SelectKeyAsync(NpgsqlConnection connection, string keyId, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT key_id, method, salt, iterations, check_value FROM {_keys} WHERE key_id = $1";
        select.Parameters.Bind(keyId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredJournalKey(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2),
                reader.GetInt32(3),
                reader.GetFieldValue<byte[]>(4))
            : null;
    }

    public async Task InsertKeyAsync(NpgsqlConnection connection, StoredJournalKey key, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {_keys} (key_id, method, salt, iterations, check_value) VALUES ($1, $2, $3, $4, $5)";
        insert.Parameters.Bind(key.KeyId);
        insert.Parameters.Bind(key.Method);
        insert.Parameters.Add(new NpgsqlParameter<byte[]?> { TypedValue = key.Salt, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        insert.Parameters.Bind(key.Iterations);
        insert.Parameters.Bind(key.CheckValue);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
