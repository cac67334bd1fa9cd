using System.Globalization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.Sqlite.Encryption;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// Opening a journal file: the connection settings, write-ahead logging, and either the first-run setup
/// (layout and first key, in one transaction) or the check of an existing file's layout, codec and key.
/// </summary>
internal static class SqliteJournalOpener
{
    /// <summary>How a store opens its file.</summary>
    public enum Mode
    {
        /// <summary>Owners open with their own secrets.</summary>
        Vaults,

        /// <summary>Every owner opens with the one key provider's secret.</summary>
        SingleKey,

        /// <summary>Measurement only: rows in clear.</summary>
        Unencrypted,
    }

    /// <summary>
    /// What an open store needs: where the file is, how to connect, and either the single-key store's secret
    /// (with its key id), nothing (vault mode), or the measurement codec.
    /// </summary>
    public sealed record Opened(string DatabasePath, string ConnectionString, string ConnectionPragmas, OwnerSecret? StoreSecret, string? StoreKeyId, IEntryCodec? UnencryptedCodec);

    /// <summary>Opens (or creates) the journal in <paramref name="mode"/>; <paramref name="keyProvider"/> is required in single-key mode only.</summary>
    public static Opened Open(SqliteJournalStoreOptions options, Mode mode, JournalKeyProvider? keyProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The SQLite journal store options are invalid: " + string.Join(" ", problems), nameof(options));
        }

        var path = Path.GetFullPath(options.DatabasePath);
        RefuseEmptyFile(path, options.StartOverIfEmpty);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        var pragmas = SqliteJournalSchema.ConnectionPragmas
            + string.Create(CultureInfo.InvariantCulture, $" PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};")
            + (options.MaxPageCountForTesting is { } pages ? string.Create(CultureInfo.InvariantCulture, $" PRAGMA max_page_count = {pages};") : "");

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, pragmas);
        var journalMode = Scalar(connection, "PRAGMA journal_mode = WAL;");
        if (!string.Equals(journalMode as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused write-ahead logging for '{path}' (journal mode '{journalMode}'); the journal needs a local file system.");
        }

        var codecName = mode == Mode.Unencrypted ? UnencryptedEntryCodecForMeasurement.CodecName : AesGcmEntryCodec.Algorithm;
        var (secret, keyId) = Initialise(connection, codecName, mode == Mode.SingleKey ? keyProvider : null, logger);
        return new Opened(path, connectionString, pragmas, secret, keyId, mode == Mode.Unencrypted ? new UnencryptedEntryCodecForMeasurement() : null);
    }

    /// <summary>A 0-byte file is a damaged journal, never an invitation to create a new one (unless asked).</summary>
    private static void RefuseEmptyFile(string path, bool startOver)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length > 0 || startOver)
        {
            return;
        }

        throw new JournalFormatException(
            $"The journal file '{path}' is empty (0 bytes): it was damaged (for example by a failed copy or a full disk), so it was not opened and nothing was written. Restore it from a backup, or set {nameof(SqliteJournalStoreOptions.StartOverIfEmpty)} to start a new, empty journal in its place.");
    }

    /// <summary>
    /// Creates the layout (and the store key, in single-key mode) of a new journal, or checks an existing
    /// one: its codec, its layout (migrating layouts 1 and 2 in place) and, in single-key mode, the key.
    /// </summary>
    private static (OwnerSecret? Secret, string? KeyId) Initialise(SqliteConnection connection, string codecName, JournalKeyProvider? keyProvider, ILogger logger)
    {
        var (existingCodec, stored) = ReadJournalIdentity(connection);
        if (existingCodec is null)
        {
            // A new journal: create it in one immediate transaction, unless another process got there first.
            using var transaction = connection.BeginTransaction();
            Execute(connection, SqliteJournalSchema.Create);
            (existingCodec, stored) = ReadJournalIdentity(connection);
            if (existingCodec is null)
            {
                SetMeta(connection, SqliteJournalSchema.MetaStoreFormat, SqliteJournalSchema.StoreFormat);
                SetMeta(connection, SqliteJournalSchema.MetaCodec, codecName);
                var created = keyProvider is null ? (null, null) : CreateStoreKey(connection, keyProvider);
                transaction.Commit();
                return created;
            }

            transaction.Commit();
        }

        if (existingCodec != codecName)
        {
            throw new JournalFormatException(
                $"This database was written with the '{existingCodec}' codec and cannot be opened as '{codecName}'. A measurement-only unencrypted file is never a journal.");
        }

        if (codecName == UnencryptedEntryCodecForMeasurement.CodecName)
        {
            return (null, null);
        }

        var format = GetMeta(connection, SqliteJournalSchema.MetaStoreFormat);
        if (format != SqliteJournalSchema.StoreFormat)
        {
            if (keyProvider is null)
            {
                throw new JournalFormatException(
                    $"This journal has layout {format}, which sealed every owner's entries under one key. Open it once with its key provider (SqliteJournalStore.Open(options, keyProvider)) to migrate it in place to per-owner keys; then it opens in vault mode too.");
            }

            if (stored is null)
            {
                throw new JournalFormatException("This journal has no active key record: its key table was changed outside this library, so its entries cannot be opened.");
            }

            return MigrateToVaults(connection, keyProvider, stored, logger);
        }

        if (keyProvider is null)
        {
            return (null, null);
        }

        if (stored is null)
        {
            // A file made in vault mode, opened with one key for the first time: record that key.
            using var transaction = connection.BeginTransaction();
            (_, stored) = ReadJournalIdentity(connection);
            if (stored is null)
            {
                var created = CreateStoreKey(connection, keyProvider);
                transaction.Commit();
                return created;
            }
        }

        return (SingleKeyStoreSecret.Open(keyProvider, stored), stored.KeyId);
    }

    /// <summary>
    /// Layouts 1 and 2 → 3, in one transaction: adds the per-owner digests (layout 1), gives every owner a vault
    /// (random data key, wrapped by the store's key), re-seals their rows under it, and replaces the old key record.
    /// Rows that fail their check, or a row set that does not match its digest, stop it with nothing changed.
    /// </summary>
    private static (OwnerSecret? Secret, string? KeyId) MigrateToVaults(SqliteConnection connection, JournalKeyProvider keyProvider, StoredJournalKey stored, ILogger logger)
    {
        using (SingleKeyStoreSecret.Open(keyProvider, stored, out var journalCodec))
        using (journalCodec)
        {
            var secret = SingleKeyStoreSecret.Create(keyProvider, out var storeKey);
            try
            {
                using var transaction = connection.BeginTransaction();
                var from = GetMeta(connection, SqliteJournalSchema.MetaStoreFormat)!;
                if (from == SqliteJournalSchema.StoreFormat)
                {
                    // Another process migrated it meanwhile.
                    secret.Dispose();
                    transaction.Commit();
                    var current = SelectKey(connection, GetMeta(connection, SqliteJournalSchema.MetaActiveKeyId) ?? "")
                        ?? throw new JournalFormatException("This journal has no active key record after its migration; it was changed outside this library.");
                    return (SingleKeyStoreSecret.Open(keyProvider, current), current.KeyId);
                }

                if (from == SqliteJournalSchema.StoreFormatWithoutDigests)
                {
                    Execute(connection, SqliteJournalSchema.CreateDigests);
                    Rows.SqliteOwnerDigests.RecomputeAll(connection, journalCodec);
                }

                Execute(connection, SqliteJournalSchema.CreateVaults);
                var owners = new List<string>();
                using (var select = connection.CreateCommand())
                {
                    select.CommandText = "SELECT owner FROM journal_entries UNION SELECT owner FROM journal_owner_digests ORDER BY 1";
                    using var reader = select.ExecuteReader();
                    while (reader.Read())
                    {
                        owners.Add(reader.GetString(0));
                    }
                }

                foreach (var owner in owners)
                {
                    var created = OwnerVaultKeys.Create(new JournalOwnerId(owner), secret, withRecoveryKey: false);
                    using var unlocked = created.Unlocked;
                    SqliteVaultCommands.InsertVault(connection, created.Vault);
                    SqliteVaultCommands.PutWrapping(connection, created.Wrappings[0]);
                    SqliteOwnerReseal.Reseal(connection, owner, journalCodec, unlocked.Codec);
                }

                Execute(connection, "DELETE FROM journal_keys");
                InsertKey(connection, storeKey);
                SetMeta(connection, SqliteJournalSchema.MetaActiveKeyId, storeKey.KeyId);
                SetMeta(connection, SqliteJournalSchema.MetaStoreFormat, SqliteJournalSchema.StoreFormat);
                var entries = Scalar(connection, "SELECT count(*) FROM journal_entries") as long? ?? 0;
                transaction.Commit();
                SqliteJournalStoreLog.LayoutMigrated(logger, from, SqliteJournalSchema.StoreFormat);
                SqliteJournalStoreLog.MigratedToVaults(logger, owners.Count, entries);
            }
            catch
            {
                secret.Dispose();
                throw;
            }

            // The old key's rows were overwritten (secure_delete); truncate the log that still holds them.
            Checkpoint(connection);
            return (secret, storeKey.KeyId);
        }
    }

    private static (OwnerSecret Secret, string KeyId) CreateStoreKey(SqliteConnection connection, JournalKeyProvider keyProvider)
    {
        var secret = SingleKeyStoreSecret.Create(keyProvider, out var stored);
        InsertKey(connection, stored);
        SetMeta(connection, SqliteJournalSchema.MetaActiveKeyId, stored.KeyId);
        return (secret, stored.KeyId);
    }

    private static (string? Codec, StoredJournalKey? ActiveKey) ReadJournalIdentity(SqliteConnection connection)
    {
        if (!TableExists(connection, "journal_meta"))
        {
            return (null, null);
        }

        var format = GetMeta(connection, SqliteJournalSchema.MetaStoreFormat);
        if (format is not null && format != SqliteJournalSchema.StoreFormat && format != SqliteJournalSchema.StoreFormatWithOneKey && format != SqliteJournalSchema.StoreFormatWithoutDigests)
        {
            throw new JournalFormatException($"This journal has layout version {format}, written by a newer version of Empathy.Storage.Sqlite; this version reads layouts 1 to {SqliteJournalSchema.StoreFormat}.");
        }

        var codec = GetMeta(connection, SqliteJournalSchema.MetaCodec);
        return codec is null || GetMeta(connection, SqliteJournalSchema.MetaActiveKeyId) is not { } keyId
            ? (codec, null)
            : (codec, SelectKey(connection, keyId));
    }
}
