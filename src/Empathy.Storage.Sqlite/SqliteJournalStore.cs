using System.Globalization;
using System.Security.Cryptography;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Storage.Sqlite.Encryption;
using Empathy.Storage.Sqlite.Keys;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// The embedded journal store: one SQLite file (WAL mode) in which every entry's private content is
/// encrypted with AES-256-GCM under a key from a <see cref="JournalKeyProvider"/>. Only what queries need
/// is kept in clear: the owner, the entry id, when it was felt, the schema version and the key id.
/// </summary>
/// <remarks>
/// <para>
/// Open it with <see cref="Open"/> or <see cref="OpenAsync"/>; a wrong key is refused there with
/// <see cref="WrongJournalKeyException"/>. Thread-safe: reads run in parallel, writes are serialised, and
/// every write (one entry or a batch) is one transaction, durable when the call returns
/// (<c>synchronous = FULL</c>). Several processes may open the same file; SQLite serialises their writes.
/// </para>
/// <para>
/// An entry whose stored bytes were changed (or moved from another entry or owner) fails its integrity
/// check: reading it throws <see cref="JournalEntryTamperedException"/> naming it, and lists name it in
/// <see cref="JournalPage.TamperedEntryIds"/>; every other entry stays readable. Deleted entries are
/// overwritten with zeros (<c>secure_delete</c>) and the write-ahead log is truncated after a delete.
/// </para>
/// <para>
/// Microsoft.Data.Sqlite does its I/O synchronously, so the asynchronous methods complete on the calling
/// thread; call them through <see cref="Task.Run(Func{Task})"/> from a UI thread.
/// </para>
/// </remarks>
public sealed class SqliteJournalStore : IJournalStore, IDisposable, IAsyncDisposable
{
    private const int RotationBatchSize = 500;
    private const long SqliteConstraintError = 19;

    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ReaderWriterLockSlim _codecLock = new(LockRecursionPolicy.NoRecursion);
    private IEntryCodec _codec;
    private bool _disposed;

    private SqliteJournalStore(string databasePath, string connectionString, string connectionPragmas, TimeProvider time, IEntryCodec codec)
    {
        DatabasePath = databasePath;
        _connectionString = connectionString;
        _connectionPragmas = connectionPragmas;
        _time = time;
        _codec = codec;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The id of the key entries are encrypted with now (stored in clear beside each entry).</summary>
    public string KeyId => Shared(() => _codec.KeyId);

    /// <summary>
    /// Opens the journal at <see cref="SqliteJournalStoreOptions.DatabasePath"/>, creating it (and its first
    /// key, from <paramref name="keyProvider"/>) when it does not exist yet.
    /// </summary>
    /// <param name="options">Where the journal is.</param>
    /// <param name="keyProvider">The key; the store keeps only keys derived from it, so the caller may dispose it afterwards.</param>
    /// <returns>The open store; dispose it to close the file and wipe the keys from memory.</returns>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    /// <exception cref="WrongJournalKeyException">The key does not open this journal.</exception>
    /// <exception cref="JournalFormatException">The file is a journal of another kind or a newer layout.</exception>
    public static SqliteJournalStore Open(SqliteJournalStoreOptions options, JournalKeyProvider keyProvider)
    {
        ArgumentNullException.ThrowIfNull(keyProvider);
        return OpenWith(options, keyProvider);
    }

    /// <summary>
    /// Opens the journal like <see cref="Open"/>, on a thread-pool thread, so that deriving a key from a
    /// passphrase (deliberately slow) does not block the caller.
    /// </summary>
    /// <param name="options">Where the journal is.</param>
    /// <param name="keyProvider">The key.</param>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="WrongJournalKeyException">The key does not open this journal.</exception>
    /// <exception cref="JournalFormatException">The file is a journal of another kind or a newer layout.</exception>
    public static Task<SqliteJournalStore> OpenAsync(SqliteJournalStoreOptions options, JournalKeyProvider keyProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keyProvider);
        return Task.Run(() => Open(options, keyProvider), cancellationToken);
    }

    /// <summary>
    /// MEASUREMENT ONLY: opens a journal whose entries are stored in clear, for the benchmark that shows
    /// what encryption costs. Internal; such a file is marked and never opens as an encrypted journal.
    /// </summary>
    internal static SqliteJournalStore OpenUnencryptedForMeasurement(SqliteJournalStoreOptions options) => OpenWith(options, keyProvider: null);

    /// <inheritdoc />
    public Task AddAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return AddRangeAsync(owner, [entry], cancellationToken);
    }

    /// <inheritdoc />
    public async Task AddRangeAsync(JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => e is null))
        {
            throw new ArgumentException("Entries must not contain null.", nameof(entries));
        }

        var seen = new HashSet<JournalEntryId>();
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.Id))
            {
                throw new DuplicateJournalEntryException(entry.Id);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (entries.Count == 0)
        {
            return;
        }

        // Encrypt before taking the write gate, so writers queue only for the database itself.
        var rows = Shared(() => SealAll(_codec, owner, entries));
        await WriteAsync(codec =>
        {
            if (rows.Codec != codec)
            {
                rows = SealAll(codec, owner, entries);
            }

            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            RequireActiveKey(connection, codec);
            using var insert = InsertCommand(connection);
            using var tags = new TagIndexWriter(connection);
            foreach (var row in rows.Rows)
            {
                try
                {
                    Bind(insert, row);
                    insert.ExecuteNonQuery();
                }
                catch (SqliteException error) when (error.SqliteErrorCode == SqliteConstraintError)
                {
                    throw new DuplicateJournalEntryException(row.Entry.Id);
                }

                tags.Write(row);
            }

            transaction.Commit();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UpdateAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = Shared(() => SealAll(_codec, owner, [entry]));
        await WriteAsync(codec =>
        {
            if (rows.Codec != codec)
            {
                rows = SealAll(codec, owner, [entry]);
            }

            var row = rows.Rows[0];
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            RequireActiveKey(connection, codec);
            using (var update = connection.CreateCommand())
            {
                update.CommandText = """
                    UPDATE journal_entries SET felt_at = $felt_at, schema_version = $schema_version, key_id = $key_id, sealed = $sealed
                    WHERE owner = $owner AND id = $id
                    """;
                AddRowParameters(update);
                Bind(update, row);
                if (update.ExecuteNonQuery() == 0)
                {
                    throw new JournalEntryNotFoundException(entry.Id);
                }
            }

            DeleteTags(connection, row.Owner, row.Id);
            using (var tags = new TagIndexWriter(connection))
            {
                tags.Write(row);
            }

            transaction.Commit();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JournalEntry> GetAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(() =>
        {
            using var connection = OpenConnection();
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT id, felt_at, schema_version, key_id, sealed FROM journal_entries WHERE owner = $owner AND id = $id";
            select.Parameters.AddWithValue("$owner", owner.Value);
            select.Parameters.AddWithValue("$id", id.ToString());
            using var reader = select.ExecuteReader();
            if (!reader.Read())
            {
                throw new JournalEntryNotFoundException(id);
            }

            var row = StoredRow.Read(reader, owner.Value);
            if (TryReadEntry(_codec, row, out var entry, out var problem))
            {
                return entry;
            }

            RequireActiveKey(connection, _codec);
            throw new JournalEntryTamperedException(id, problem);
        });
    }

    /// <inheritdoc />
    public Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(query);
        var cursor = query.Continuation is { } token ? SqliteCursor.Decode(token, query.Order) : (SqliteCursor?)null;
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(() =>
        {
            using var connection = OpenConnection();
            using var select = ListCommand(connection, _codec, owner, query, cursor, query.PageSize + 1);
            var rows = ReadRows(select, owner.Value, cancellationToken);

            var hasMore = rows.Count > query.PageSize;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var entries = new List<JournalEntry>(rows.Count);
            var tampered = new List<JournalEntryId>();
            foreach (var row in rows)
            {
                if (TryReadEntry(_codec, row, out var entry, out _))
                {
                    entries.Add(entry);
                }
                else if (row.EntryId is { } tamperedId)
                {
                    tampered.Add(tamperedId);
                }
            }

            if (tampered.Count > 0)
            {
                RequireActiveKey(connection, _codec);
            }

            return new JournalPage
            {
                Entries = entries,
                TamperedEntryIds = tampered,
                Continuation = hasMore ? new SqliteCursor(query.Order, rows[^1].FeltAt, rows[^1].Id).Encode() : null,
            };
        });
    }

    /// <inheritdoc />
    public async Task DeleteAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        await WriteAsync(_ =>
        {
            using var connection = OpenConnection();
            using (var transaction = connection.BeginTransaction())
            {
                using var delete = connection.CreateCommand();
                delete.CommandText = "DELETE FROM journal_entries WHERE owner = $owner AND id = $id";
                delete.Parameters.AddWithValue("$owner", owner.Value);
                delete.Parameters.AddWithValue("$id", id.ToString());
                if (delete.ExecuteNonQuery() == 0)
                {
                    throw new JournalEntryNotFoundException(id);
                }

                DeleteTags(connection, owner.Value, id.ToString());
                transaction.Commit();
            }

            // secure_delete zeroed the row in the database pages; the write-ahead log still holds older
            // copies of those pages until it is checkpointed and truncated.
            Checkpoint(connection);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(() =>
        {
            using var connection = OpenConnection();
            using var select = ListCommand(connection, _codec, owner, new JournalQuery(), cursor: null, limit: null);
            var rows = ReadRows(select, owner.Value, cancellationToken);
            var entries = new List<JournalEntry>(rows.Count);
            var tampered = new List<JournalEntryId>();
            foreach (var row in rows)
            {
                if (TryReadEntry(_codec, row, out var entry, out _))
                {
                    entries.Add(entry);
                }
                else if (row.EntryId is { } tamperedId)
                {
                    tampered.Add(tamperedId);
                }
            }

            if (tampered.Count > 0)
            {
                RequireActiveKey(connection, _codec);
            }

            return tampered.Count == 0
                ? new JournalExport { ExportedAt = _time.GetUtcNow(), Entries = entries }
                : throw new JournalEntryTamperedException(tampered, "The export was stopped so that it does not silently miss entries; list the journal to read the others.");
        });
    }

    /// <inheritdoc />
    public async Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(export);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = Shared(() => SealAll(_codec, owner, export.Entries));
        var added = 0;
        await WriteAsync(codec =>
        {
            if (rows.Codec != codec)
            {
                rows = SealAll(codec, owner, export.Entries);
            }

            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            RequireActiveKey(connection, codec);
            using var insert = InsertCommand(connection, ifNew: true);
            using var tags = new TagIndexWriter(connection);
            foreach (var row in rows.Rows)
            {
                Bind(insert, row);
                if (insert.ExecuteNonQuery() == 1)
                {
                    added++;
                    tags.Write(row);
                }
            }

            transaction.Commit();
        }, cancellationToken).ConfigureAwait(false);

        return new JournalImportResult { Added = added, AlreadyPresent = export.Entries.Count - added };
    }

    /// <summary>
    /// Re-encrypts every entry (of every owner) under a new key from <paramref name="newKeyProvider"/>, in one
    /// transaction: afterwards only the new key opens the journal; if anything fails, nothing changed.
    /// </summary>
    /// <param name="newKeyProvider">The new key: a new passphrase, or an app-supplied key with a new key id.</param>
    /// <param name="cancellationToken">Cancels the call before the transaction starts.</param>
    /// <remarks>
    /// Reads and writes of this store wait while the rotation runs. Other processes must not have the
    /// journal open: their writes would use the old key and are refused afterwards.
    /// </remarks>
    /// <exception cref="ArgumentException">The new key has the id of the current one.</exception>
    /// <exception cref="JournalEntryTamperedException">Entries failed their integrity check (all are named); nothing was changed.</exception>
    /// <exception cref="InvalidOperationException">The store is an unencrypted measurement store.</exception>
    public async Task RotateKeyAsync(JournalKeyProvider newKeyProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newKeyProvider);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_codec is not AesGcmEntryCodec)
        {
            throw new InvalidOperationException("This store was opened without encryption (for measurement) and has no key to rotate.");
        }

        // Derive first: a passphrase takes a while, and nothing needs to wait for it.
        var (parameters, masterKey) = newKeyProvider.CreateKey();
        var newKeys = EntryKeys.DeriveAndWipe(parameters.KeyId, masterKey);
        var newCodec = new AesGcmEntryCodec(newKeys);
        var stored = parameters with { CheckValue = newKeys.CheckValue };

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _codecLock.EnterWriteLock();
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var oldCodec = _codec;
                if (stored.KeyId == oldCodec.KeyId)
                {
                    throw new ArgumentException($"The new key has the id of the current key ('{stored.KeyId}'); give it a new id.", nameof(newKeyProvider));
                }

                using var connection = OpenConnection();
                Reencrypt(connection, oldCodec, newCodec, stored);
                _codec = newCodec;
                oldCodec.Dispose();
                Checkpoint(connection);
            }
            finally
            {
                _codecLock.ExitWriteLock();
            }
        }
        catch
        {
            if (!ReferenceEquals(_codec, newCodec))
            {
                newCodec.Dispose();
            }

            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Copies the write-ahead log into the database and truncates it (SQLite's TRUNCATE checkpoint). The
    /// store does this after every delete and rotation; call it before copying the file, for example.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    /// <returns><see langword="true"/> when the log was fully checkpointed; <see langword="false"/> when a reader (another process) held it back.</returns>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        var complete = false;
        await WriteAsync(_ =>
        {
            using var connection = OpenConnection();
            complete = Checkpoint(connection);
        }, cancellationToken).ConfigureAwait(false);
        return complete;
    }

    /// <summary>Closes the database file and wipes the keys from memory.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _codecLock.EnterWriteLock();
        try
        {
            _disposed = true;
            _codec.Dispose();
        }
        finally
        {
            _codecLock.ExitWriteLock();
        }

        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _codecLock.Dispose();
        _writeGate.Dispose();
    }

    /// <inheritdoc cref="Dispose" />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static SqliteJournalStore OpenWith(SqliteJournalStoreOptions options, JournalKeyProvider? keyProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The SQLite journal store options are invalid: " + string.Join(" ", problems), nameof(options));
        }

        var path = Path.GetFullPath(options.DatabasePath);
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
            + string.Create(CultureInfo.InvariantCulture, $" PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, pragmas);
        var journalMode = Scalar(connection, "PRAGMA journal_mode = WAL;");
        if (!string.Equals(journalMode as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused write-ahead logging for '{path}' (journal mode '{journalMode}'); the journal needs a local file system.");
        }

        var codecName = keyProvider is null ? UnencryptedEntryCodecForMeasurement.CodecName : AesGcmEntryCodec.CodecName;
        var codec = Initialise(connection, codecName, keyProvider);
        return new SqliteJournalStore(path, connectionString, pragmas, options.TimeProvider, codec);
    }

    /// <summary>Creates the layout and first key of a new journal, or checks the codec and key of an existing one.</summary>
    private static IEntryCodec Initialise(SqliteConnection connection, string codecName, JournalKeyProvider? keyProvider)
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

        var keys = EntryKeys.DeriveAndWipe(stored.KeyId, keyProvider.OpenKey(stored));
        if (!keys.Matches(stored.CheckValue))
        {
            keys.Dispose();
            throw new WrongJournalKeyException(keyProvider is PassphraseKeyProvider
                ? "The passphrase does not open this journal. Nothing was read or changed; try again with the right passphrase."
                : $"The key supplied as '{stored.KeyId}' does not open this journal (its key check value differs). Nothing was read or changed.");
        }

        return new AesGcmEntryCodec(keys);
    }

    private static IEntryCodec CreateCodec(SqliteConnection connection, string codecName, JournalKeyProvider? keyProvider)
    {
        SetMeta(connection, SqliteJournalSchema.MetaStoreFormat, SqliteJournalSchema.StoreFormat);
        SetMeta(connection, SqliteJournalSchema.MetaCodec, codecName);
        if (keyProvider is null)
        {
            return new UnencryptedEntryCodecForMeasurement();
        }

        var (parameters, masterKey) = keyProvider.CreateKey();
        var keys = EntryKeys.DeriveAndWipe(parameters.KeyId, masterKey);
        InsertKey(connection, parameters with { CheckValue = keys.CheckValue });
        SetMeta(connection, SqliteJournalSchema.MetaActiveKeyId, parameters.KeyId);
        return new AesGcmEntryCodec(keys);
    }

    private static (string? Codec, StoredJournalKey? ActiveKey) ReadJournalIdentity(SqliteConnection connection)
    {
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'journal_meta'") is 0L)
        {
            return (null, null);
        }

        var format = GetMeta(connection, SqliteJournalSchema.MetaStoreFormat);
        if (format is not null && format != SqliteJournalSchema.StoreFormat)
        {
            throw new JournalFormatException($"This journal has layout version {format}, written by a newer version of Empathy.Storage.Sqlite; this version reads layout {SqliteJournalSchema.StoreFormat}.");
        }

        var codec = GetMeta(connection, SqliteJournalSchema.MetaCodec);
        if (codec is null || GetMeta(connection, SqliteJournalSchema.MetaActiveKeyId) is not { } keyId)
        {
            return (codec, null);
        }

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT key_id, method, salt, iterations, check_value FROM journal_keys WHERE key_id = $key_id";
        select.Parameters.AddWithValue("$key_id", keyId);
        using var reader = select.ExecuteReader();
        return reader.Read()
            ? (codec, new StoredJournalKey(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2),
                reader.GetInt32(3),
                reader.GetFieldValue<byte[]>(4)))
            : (codec, null);
    }

    private void Reencrypt(SqliteConnection connection, IEntryCodec oldCodec, AesGcmEntryCodec newCodec, StoredJournalKey newKey)
    {
        using var transaction = connection.BeginTransaction();
        RequireActiveKey(connection, oldCodec);
        InsertKey(connection, newKey);
        Execute(connection, "DELETE FROM journal_entry_tags");

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT rowid, owner, id, felt_at, schema_version, key_id, sealed FROM journal_entries WHERE rowid > $after ORDER BY rowid LIMIT $limit";
        var unnamed = 0;
        var after = select.Parameters.Add("$after", SqliteType.Integer);
        select.Parameters.AddWithValue("$limit", RotationBatchSize);
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE journal_entries SET key_id = $key_id, sealed = $sealed WHERE rowid = $rowid";
        var rowId = update.Parameters.Add("$rowid", SqliteType.Integer);
        update.Parameters.AddWithValue("$key_id", newCodec.KeyId);
        var sealedData = update.Parameters.Add("$sealed", SqliteType.Blob);
        using var tags = new TagIndexWriter(connection);

        var tampered = new List<JournalEntryId>();
        var batch = new List<(long RowId, StoredRow Row)>(RotationBatchSize);
        long last = 0;
        do
        {
            batch.Clear();
            after.Value = last;
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    batch.Add((reader.GetInt64(0), StoredRow.Read(reader, reader.GetString(1), first: 2)));
                }
            }

            foreach (var (id, row) in batch)
            {
                last = id;
                if (!TryOpen(oldCodec, row, out var plaintext) || !TryDeserialize(row, plaintext, out var entry, out _))
                {
                    if (row.EntryId is { } tamperedId)
                    {
                        tampered.Add(tamperedId);
                    }
                    else
                    {
                        unnamed++;
                    }

                    continue;
                }

                var resealed = newCodec.Seal(plaintext, row.Address);
                CryptographicOperations.ZeroMemory(plaintext);
                rowId.Value = id;
                sealedData.Value = resealed;
                update.ExecuteNonQuery();
                tags.Write(newCodec, row.Owner, row.Id, entry.Tags);
            }
        }
        while (batch.Count == RotationBatchSize);

        if (unnamed > 0)
        {
            throw new JournalFormatException($"Key rotation was stopped and nothing was changed: {unnamed} row(s) of the journal have an id column that is not a journal entry id, so they were changed outside this library. Remove them, then rotate again.");
        }

        if (tampered.Count > 0)
        {
            throw new JournalEntryTamperedException(tampered, "Key rotation was stopped and nothing was changed; delete these entries (or restore them from a backup), then rotate again.");
        }

        using (var deleteOld = connection.CreateCommand())
        {
            deleteOld.CommandText = "DELETE FROM journal_keys WHERE key_id <> $key_id";
            deleteOld.Parameters.AddWithValue("$key_id", newCodec.KeyId);
            deleteOld.ExecuteNonQuery();
        }

        SetMeta(connection, SqliteJournalSchema.MetaActiveKeyId, newCodec.KeyId);
        transaction.Commit();
    }

    private static bool TryReadEntry(IEntryCodec codec, StoredRow row, out JournalEntry entry, out string problem)
    {
        entry = null!;
        if (row.KeyId != codec.KeyId)
        {
            problem = $"It is marked as encrypted with key '{row.KeyId}', but the journal's key is '{codec.KeyId}'.";
            return false;
        }

        if (!TryOpen(codec, row, out var plaintext))
        {
            problem = "Its authentication tag does not match its owner, id and content.";
            return false;
        }

        try
        {
            return TryDeserialize(row, plaintext, out entry, out problem);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static bool TryOpen(IEntryCodec codec, StoredRow row, out byte[] plaintext) =>
        codec.TryOpen(row.Sealed, row.Address, out plaintext);

    private static bool TryDeserialize(StoredRow row, byte[] plaintext, out JournalEntry entry, out string problem)
    {
        // Authentic data that does not parse is not tampering (it was sealed by this library): it is a
        // format problem, and JournalFormatException says so.
        entry = JournalEntryJson.Deserialize(plaintext);
        if (entry.Id.ToString() != row.Id || entry.FeltAt.UtcTicks != row.FeltAt)
        {
            problem = "Its clear columns (id or time) were changed and no longer match its encrypted content.";
            return false;
        }

        problem = "";
        return true;
    }

    private static SealedBatch SealAll(IEntryCodec codec, JournalOwnerId owner, IEnumerable<JournalEntry> entries)
    {
        var rows = new List<SealedRow>();
        foreach (var entry in entries)
        {
            var plaintext = JournalEntryJson.SerializeToUtf8Bytes(entry);
            var id = entry.Id.ToString();
            var sealedData = codec.Seal(plaintext, new EntryAddress(owner.Value, id, entry.SchemaVersion));
            CryptographicOperations.ZeroMemory(plaintext);
            var tagHashes = entry.Tags.Select(tag => codec.HashTag(owner.Value, tag)).ToArray();
            rows.Add(new SealedRow(entry, owner.Value, id, codec.KeyId, sealedData, tagHashes));
        }

        return new SealedBatch(codec, rows);
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            Execute(connection, _connectionPragmas);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs a read (synchronous, like all Microsoft.Data.Sqlite I/O) and returns its result or error as a task.</summary>
    private Task<T> ReadAsync<T>(Func<T> read)
    {
        try
        {
            return Task.FromResult(Shared(read));
        }
        catch (OperationCanceledException cancelled) when (cancelled.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancelled.CancellationToken);
        }
        catch (Exception error)
        {
            return Task.FromException<T>(error);
        }
    }

    /// <summary>Runs a read under the shared lock, so a rotation never swaps the key in the middle of it.</summary>
    private T Shared<T>(Func<T> read)
    {
        _codecLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return read();
        }
        finally
        {
            _codecLock.ExitReadLock();
        }
    }

    /// <summary>Runs a write alone among this store's writers, under the shared lock, with the current codec.</summary>
    private async Task WriteAsync(Action<IEntryCodec> write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Shared(() =>
            {
                write(_codec);
                return 0;
            });
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
