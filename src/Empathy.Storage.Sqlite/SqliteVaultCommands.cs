using Empathy.Core.Storage.Vaults;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite;

/// <summary>The SQL of the per-owner key tables: <c>owner_vaults</c> (wrapped data keys) and <c>owner_vault_wrappings</c> (wrapped vault keys).</summary>
internal static class SqliteVaultCommands
{
    public static StoredOwnerVault? SelectVault(SqliteConnection connection, string owner)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT data_key_id, wrapped_data_key, check_value FROM owner_vaults WHERE owner = $owner";
        select.Parameters.AddWithValue("$owner", owner);
        using var reader = select.ExecuteReader();
        return reader.Read() ? new StoredOwnerVault(owner, reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2)) : null;
    }

    public static List<StoredVaultWrapping> SelectWrappings(SqliteConnection connection, string owner)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT slot, kind, key_id, salt, iterations, wrapped_vault_key FROM owner_vault_wrappings WHERE owner = $owner";
        select.Parameters.AddWithValue("$owner", owner);
        using var reader = select.ExecuteReader();
        var wrappings = new List<StoredVaultWrapping>();
        while (reader.Read())
        {
            if (Enum.TryParse<VaultWrappingSlot>(reader.GetString(0), ignoreCase: false, out var slot))
            {
                wrappings.Add(new StoredVaultWrapping(
                    owner, slot, reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[]>(3), reader.GetInt32(4), reader.GetFieldValue<byte[]>(5)));
            }
        }

        return wrappings;
    }

    /// <summary>Inserts the owner's data key record; <see langword="false"/> when the owner has one already.</summary>
    public static bool InsertVault(SqliteConnection connection, StoredOwnerVault vault)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO owner_vaults (owner, data_key_id, wrapped_data_key, check_value) VALUES ($owner, $key_id, $wrapped, $check) ON CONFLICT (owner) DO NOTHING";
        AddVault(insert, vault);
        return insert.ExecuteNonQuery() == 1;
    }

    public static void ReplaceVault(SqliteConnection connection, StoredOwnerVault vault)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE owner_vaults SET data_key_id = $key_id, wrapped_data_key = $wrapped, check_value = $check WHERE owner = $owner";
        AddVault(update, vault);
        if (update.ExecuteNonQuery() != 1)
        {
            throw new OwnerVaultLockedException();
        }
    }

    /// <summary>Writes the wrapping into its slot, replacing what was there.</summary>
    public static void PutWrapping(SqliteConnection connection, StoredVaultWrapping wrapping)
    {
        using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO owner_vault_wrappings (owner, slot, kind, key_id, salt, iterations, wrapped_vault_key)
            VALUES ($owner, $slot, $kind, $key_id, $salt, $iterations, $wrapped)
            ON CONFLICT (owner, slot) DO UPDATE SET kind = excluded.kind, key_id = excluded.key_id, salt = excluded.salt,
                iterations = excluded.iterations, wrapped_vault_key = excluded.wrapped_vault_key
            """;
        upsert.Parameters.AddWithValue("$owner", wrapping.Owner);
        upsert.Parameters.AddWithValue("$slot", wrapping.Slot.ToString());
        upsert.Parameters.AddWithValue("$kind", wrapping.Kind);
        upsert.Parameters.AddWithValue("$key_id", wrapping.KeyId);
        upsert.Parameters.AddWithValue("$salt", wrapping.Salt is null ? DBNull.Value : wrapping.Salt);
        upsert.Parameters.AddWithValue("$iterations", wrapping.Iterations);
        upsert.Parameters.AddWithValue("$wrapped", wrapping.WrappedVaultKey);
        upsert.ExecuteNonQuery();
    }

    /// <summary>The data key id the owner's records are sealed with now, or <see langword="null"/> when the owner has no vault.</summary>
    public static string? CurrentDataKeyId(SqliteConnection connection, string owner)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT data_key_id FROM owner_vaults WHERE owner = $owner";
        select.Parameters.AddWithValue("$owner", owner);
        return select.ExecuteScalar() as string;
    }

    public static List<string> VaultOwners(SqliteConnection connection)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT owner FROM owner_vaults ORDER BY owner";
        using var reader = select.ExecuteReader();
        var owners = new List<string>();
        while (reader.Read())
        {
            owners.Add(reader.GetString(0));
        }

        return owners;
    }

    /// <summary>Deletes every row of the owner: records (journal, tags, digest, practice) and every key wrapping.</summary>
    public static void EraseOwner(SqliteConnection connection, string owner)
    {
        foreach (var table in new[] { "journal_entries", "journal_entry_tags", "journal_owner_digests", "owner_vault_wrappings", "owner_vaults", "practice_records" })
        {
            if (!SqliteJournalCommands.TableExists(connection, table))
            {
                continue;
            }

            using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM {table} WHERE owner = $owner";
            delete.Parameters.AddWithValue("$owner", owner);
            delete.ExecuteNonQuery();
        }
    }

    private static void AddVault(SqliteCommand command, StoredOwnerVault vault)
    {
        command.Parameters.AddWithValue("$owner", vault.Owner);
        command.Parameters.AddWithValue("$key_id", vault.DataKeyId);
        command.Parameters.AddWithValue("$wrapped", vault.WrappedDataKey);
        command.Parameters.AddWithValue("$check", vault.CheckValue);
    }
}
