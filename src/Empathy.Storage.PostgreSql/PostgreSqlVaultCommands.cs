using Empathy.Core.Storage.Vaults;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// The SQL of the per-owner key tables: <c>owner_vaults</c> (one row per owner: the wrapped data key) and
/// <c>owner_vault_wrappings</c> (one row per way in: the wrapped vault key). The owner's <c>owner_vaults</c> row is
/// also the lock that keeps instances in step: record calls hold it <c>FOR KEY SHARE</c>, secret changes
/// <c>FOR NO KEY UPDATE</c>, and a rotation or erasure <c>FOR UPDATE</c> (see <see cref="VaultRowLock"/>).
/// </summary>
internal sealed class PostgreSqlVaultCommands(string schema)
{
    private readonly string _vaults = schema + ".owner_vaults";
    private readonly string _wrappings = schema + ".owner_vault_wrappings";

    /// <summary>How a statement locks the owner's <c>owner_vaults</c> row until its transaction ends.</summary>
    public enum VaultRowLock
    {
        /// <summary>No lock (a plain read).</summary>
        None,

        /// <summary>Record calls: they run side by side, and only a rotation or erasure waits for them (and they for it).</summary>
        KeyShare,

        /// <summary>Secret changes: one at a time per owner, beside record calls.</summary>
        NoKeyUpdate,

        /// <summary>A rotation: alone, with no record call of the owner running on any instance.</summary>
        Update,
    }

    /// <summary>The owner's data key record, or <see langword="null"/> when the owner has no vault.</summary>
    public async Task<StoredOwnerVault?> SelectVaultAsync(NpgsqlConnection connection, string owner, VaultRowLock rowLock, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT data_key_id, wrapped_data_key, check_value FROM {_vaults} WHERE owner = $1" + rowLock switch
        {
            VaultRowLock.KeyShare => " FOR KEY SHARE",
            VaultRowLock.NoKeyUpdate => " FOR NO KEY UPDATE",
            VaultRowLock.Update => " FOR UPDATE",
            _ => "",
        };
        select.Parameters.Bind(owner);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredOwnerVault(owner, reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2))
            : null;
    }

    /// <summary>The owner's wrappings, in slot order (rows of a slot this version does not know are left out).</summary>
    public async Task<List<StoredVaultWrapping>> SelectWrappingsAsync(NpgsqlConnection connection, string owner, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT slot, kind, key_id, salt, iterations, wrapped_vault_key FROM {_wrappings} WHERE owner = $1 ORDER BY slot";
        select.Parameters.Bind(owner);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var wrappings = new List<StoredVaultWrapping>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Enum.TryParse<VaultWrappingSlot>(reader.GetString(0), ignoreCase: false, out var slot))
            {
                wrappings.Add(new StoredVaultWrapping(
                    owner, slot, reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[]>(3), reader.GetInt32(4), reader.GetFieldValue<byte[]>(5)));
            }
        }

        return wrappings;
    }

    /// <summary>Adds the owner's data key record; returns the owner when it was added, nothing when the owner has a vault already.</summary>
    public NpgsqlBatchCommand InsertVault(StoredOwnerVault vault)
    {
        var command = new NpgsqlBatchCommand($"INSERT INTO {_vaults} (owner, data_key_id, wrapped_data_key, check_value) VALUES ($1, $2, $3, $4) ON CONFLICT (owner) DO NOTHING RETURNING owner");
        AddVault(command.Parameters, vault);
        return command;
    }

    public NpgsqlBatchCommand ReplaceVault(StoredOwnerVault vault)
    {
        var command = new NpgsqlBatchCommand($"UPDATE {_vaults} SET data_key_id = $2, wrapped_data_key = $3, check_value = $4 WHERE owner = $1");
        AddVault(command.Parameters, vault);
        return command;
    }

    /// <summary>Writes the wrapping into its slot, replacing what was there.</summary>
    public NpgsqlBatchCommand PutWrapping(StoredVaultWrapping wrapping)
    {
        var command = new NpgsqlBatchCommand($"""
            INSERT INTO {_wrappings} (owner, slot, kind, key_id, salt, iterations, wrapped_vault_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (owner, slot) DO UPDATE SET kind = excluded.kind, key_id = excluded.key_id, salt = excluded.salt,
                iterations = excluded.iterations, wrapped_vault_key = excluded.wrapped_vault_key
            """);
        var p = command.Parameters;
        p.Bind(wrapping.Owner);
        p.Bind(wrapping.Slot.ToString());
        p.Bind(wrapping.Kind);
        p.Bind(wrapping.KeyId);
        p.Add(new NpgsqlParameter<byte[]?> { TypedValue = wrapping.Salt, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        p.Bind(wrapping.Iterations);
        p.Bind(wrapping.WrappedVaultKey);
        return command;
    }

    /// <summary>
    /// Deletes the owner's data key record first (its row lock waits for the owner's running calls, in the order every
    /// call takes its locks), then every key wrapping and every row of the owner in <paramref name="tables"/> (their records).
    /// </summary>
    public IEnumerable<NpgsqlBatchCommand> EraseOwner(string owner, IEnumerable<string> tables)
    {
        foreach (var table in new[] { _vaults, _wrappings }.Concat(tables))
        {
            var command = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE owner = $1");
            command.Parameters.Bind(owner);
            yield return command;
        }
    }

    private static void AddVault(NpgsqlParameterCollection parameters, StoredOwnerVault vault)
    {
        parameters.Bind(vault.Owner);
        parameters.Bind(vault.DataKeyId);
        parameters.Bind(vault.WrappedDataKey);
        parameters.Bind(vault.CheckValue);
    }
}
