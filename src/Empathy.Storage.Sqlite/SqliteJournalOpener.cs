using System.Globalization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
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
    /// <summary>What an open store needs: where the file is, how to connect, and the codec of its key.</summary>
    public sealed record Opened(string DatabasePath, string ConnectionString, string ConnectionPragmas, IEntryCodec Codec);

    /// <summary>Opens (or creates) the journal; a <see langword="null"/> provider opens a measurement-only unencrypted file.</summary>
    public static Opened Open(SqliteJournalStoreOptions options, JournalKeyProvider? keyProvider, ILogger logger)
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

        var codecName = keyProvider is null ? UnencryptedEntryCodecForMeasurement.CodecName : AesGcmEntryCodec.Algorithm;
        var codec = Initialise(connection, codecName, keyProvider, logger);
        SqlitePracticeSchema.Ensure(connection, logger);
        return new Opened(path, connectionString, pragmas, codec);
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

    /// <summary>Creates the layout and first key of a new journal, or checks the codec and key of an existing one.</summary>
    private static IEntryCodec Initialise(SqliteConnection connection, string codecName, JournalKeyProvider? keyProvider, ILogger logger)
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
                var created = CreateCodec(connection, codecName, keyProvider);
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

        if (keyProvider is null)
        {
            return new UnencryptedEntryCodecForMeasurement();
        }

        if (stored is null)
        {
            throw new JournalFormatException("This journal has no active key record: its key table was changed outside this library, so its entries cannot be opened.");
        }

        var codec = JournalKeyring.Open(keyProvider, stored);
        MigrateToDigests(connection, codec, logger);
        return codec;
    }

    /// <summary>Layout 1 → 2: adds the per-owner digests, computed from the rows as they are now (trusted on first use).</summary>
    private static void MigrateToDigests(SqliteConnection connection, IEntryCodec codec, ILogger logger)
    {
        if (GetMeta(connection, SqliteJournalSchema.MetaStoreFormat) != SqliteJournalSchema.StoreFormatWithoutDigests)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        if (GetMeta(connection, SqliteJournalSchema.MetaStoreFormat) == SqliteJournalSchema.StoreFormatWithoutDigests)
        {
            Execute(connection, SqliteJournalSchema.CreateDigests);
            Rows.SqliteOwnerDigests.RecomputeAll(connection, codec);
            SetMeta(connection, SqliteJournalSchema.MetaStoreFormat, SqliteJournalSchema.StoreFormat);
            SqliteJournalStoreLog.LayoutMigrated(logger, SqliteJournalSchema.StoreFormatWithoutDigests, SqliteJournalSchema.StoreFormat);
        }

        transaction.Commit();
    }

    private static IEntryCodec CreateCodec(SqliteConnection connection, string codecName, JournalKeyProvider? keyProvider)
    {
        SetMeta(connection, SqliteJournalSchema.MetaStoreFormat, SqliteJournalSchema.StoreFormat);
        SetMeta(connection, SqliteJournalSchema.MetaCodec, codecName);
        if (keyProvider is null)
        {
            return new UnencryptedEntryCodecForMeasurement();
        }

        var codec = JournalKeyring.Create(keyProvider, out var stored);
        InsertKey(connection, stored);
        SetMeta(connection, SqliteJournalSchema.MetaActiveKeyId, stored.KeyId);
        return codec;
    }

    private static (string? Codec, StoredJournalKey? ActiveKey) ReadJournalIdentity(SqliteConnection connection)
    {
        if (!TableExists(connection, "journal_meta"))
        {
            return (null, null);
        }

        var format = GetMeta(connection, SqliteJournalSchema.MetaStoreFormat);
        if (format is not null && format != SqliteJournalSchema.StoreFormat && format != SqliteJournalSchema.StoreFormatWithoutDigests)
        {
            throw new JournalFormatException($"This journal has layout version {format}, written by a newer version of Empathy.Storage.Sqlite; this version reads layout {SqliteJournalSchema.StoreFormat}.");
        }

        var codec = GetMeta(connection, SqliteJournalSchema.MetaCodec);
        return codec is null || GetMeta(connection, SqliteJournalSchema.MetaActiveKeyId) is not { } keyId
            ? (codec, null)
            : (codec, SelectKey(connection, keyId));
    }
}
