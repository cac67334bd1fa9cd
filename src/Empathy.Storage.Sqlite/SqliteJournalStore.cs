using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Cursors;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// The embedded journal store: one SQLite file (WAL mode) in which every entry's private content is
/// encrypted with AES-256-GCM under a key from a <see cref="JournalKeyProvider"/>. Only what queries need
/// is kept in clear: the owner, the entry id, when it was felt, the schema version and the key id.
/// </summary>
/// <remarks>
/// <para>
/// Open it with <see cref="Open(SqliteJournalStoreOptions, JournalKeyProvider, ILogger{SqliteJournalStore}?)"/> or <see cref="OpenAsync(SqliteJournalStoreOptions, JournalKeyProvider, CancellationToken)"/>; a wrong key is refused there with
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
public sealed partial class SqliteJournalStore : IJournalStore, IOwnerVaults, IDisposable, IAsyncDisposable
{
    private const long SqliteConstraintError = 19;
    private const long SqliteFullError = 13;
    private const string CursorMark = "sql1";

    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OwnerVaultRegistry _vaults = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly IEntryCodec? _unencrypted;
    private bool _disposed;

    private SqliteJournalStore(SqliteJournalOpener.Opened opened, TimeProvider time, ILogger logger)
    {
        _logger = logger;
        DatabasePath = opened.DatabasePath;
        _connectionString = opened.ConnectionString;
        _connectionPragmas = opened.ConnectionPragmas;
        _time = time;
        _unencrypted = opened.UnencryptedCodec;
        _storeSecret = opened.StoreSecret;
        _storeKeyId = opened.StoreKeyId;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Single-key mode: the id of the store's key (the one passphrase or app key every owner's vault is
    /// wrapped by; it changes with <see cref="RotateKeyAsync"/>). Each owner's records carry their own data key id.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store is in vault mode (each owner has their own secrets).</exception>
    public string KeyId => _unencrypted?.KeyId ?? _storeKeyId ?? throw new InvalidOperationException("A store in vault mode has no store key: every owner's vault has its own secrets.");

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
    /// <param name="logger">Where the store logs tampering, migrations, rotations and checkpoints (never private text); none when <see langword="null"/>.</param>
    public static SqliteJournalStore Open(SqliteJournalStoreOptions options, JournalKeyProvider keyProvider, ILogger<SqliteJournalStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(keyProvider);
        return OpenWith(options, SqliteJournalOpener.Mode.SingleKey, keyProvider, logger);
    }

    /// <summary>
    /// Opens the journal like <see cref="Open(SqliteJournalStoreOptions, JournalKeyProvider, ILogger{SqliteJournalStore}?)"/>, on a thread-pool thread, so that deriving a key from a
    /// passphrase (deliberately slow) does not block the caller.
    /// </summary>
    /// <param name="options">Where the journal is.</param>
    /// <param name="keyProvider">The key.</param>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="WrongJournalKeyException">The key does not open this journal.</exception>
    /// <exception cref="JournalFormatException">The file is a journal of another kind or a newer layout.</exception>
    public static Task<SqliteJournalStore> OpenAsync(SqliteJournalStoreOptions options, JournalKeyProvider keyProvider, CancellationToken cancellationToken = default) =>
        OpenAsync(options, keyProvider, logger: null, cancellationToken);

    /// <inheritdoc cref="OpenAsync(SqliteJournalStoreOptions, JournalKeyProvider, CancellationToken)" />
    /// <param name="options">Where the journal is.</param>
    /// <param name="keyProvider">The key.</param>
    /// <param name="logger">Where the store logs (never private text); none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    public static Task<SqliteJournalStore> OpenAsync(SqliteJournalStoreOptions options, JournalKeyProvider keyProvider, ILogger<SqliteJournalStore>? logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keyProvider);
        return Task.Run(() => Open(options, keyProvider, logger), cancellationToken);
    }

    /// <summary>
    /// MEASUREMENT ONLY: opens a journal whose entries are stored in clear, for the benchmark that shows
    /// what encryption costs. Internal; such a file is marked and never opens as an encrypted journal.
    /// </summary>
    internal static SqliteJournalStore OpenUnencryptedForMeasurement(SqliteJournalStoreOptions options) => OpenWith(options, SqliteJournalOpener.Mode.Unencrypted, keyProvider: null, logger: null);

    /// <inheritdoc />
    public Task AddAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return AddRangeAsync(owner, [entry], cancellationToken);
    }

    /// <inheritdoc />
    public async Task AddRangeAsync(JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries, CancellationToken cancellationToken = default)
    {
        JournalBatch.Validate(owner, entries);
        cancellationToken.ThrowIfCancellationRequested();
        if (entries.Count == 0)
        {
            return;
        }

        // Encrypt before taking the write gate, so writers queue only for the database itself.
        var batch = WithCodec(owner, codec => SealedJournalBatch.Seal(codec, owner, entries));
        await WriteEntriesAsync(owner, entries.Count, codec =>
        {
            var rows = batch.For(codec);
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            RequireActiveKey(connection, owner.Value, codec);
            using var insert = InsertCommand(connection);
            using var tags = new TagIndexWriter(connection);
            var digest = SqliteOwnerDigests.Read(connection, owner.Value);
            foreach (var row in rows.Rows)
            {
                try
                {
                    Bind(insert, row.Row);
                    insert.ExecuteNonQuery();
                }
                catch (SqliteException error) when (error.SqliteErrorCode == SqliteConstraintError)
                {
                    throw new DuplicateJournalEntryException(row.Entry.Id);
                }

                tags.Write(row);
                digest = digest.Add(OwnerDigest.Fingerprint(codec, row.Row, row.TagHashes));
            }

            SqliteOwnerDigests.Write(connection, owner.Value, digest);
            transaction.Commit();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UpdateAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        var batch = WithCodec(owner, codec => SealedJournalBatch.Seal(codec, owner, [entry]));
        await WriteEntriesAsync(owner, 1, codec =>
        {
            var row = batch.For(codec).Rows[0];
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            RequireActiveKey(connection, owner.Value, codec);
            var old = SelectEntry(connection, owner, row.Row.Id) ?? throw new JournalEntryNotFoundException(entry.Id);
            var digest = SqliteOwnerDigests.Read(connection, owner.Value)
                .Remove(SqliteOwnerDigests.StoredFingerprint(connection, codec, old))
                .Add(OwnerDigest.Fingerprint(codec, row.Row, row.TagHashes));
            using (var update = UpdateCommand(connection))
            {
                Bind(update, row.Row);
                if (update.ExecuteNonQuery() == 0)
                {
                    throw new JournalEntryNotFoundException(entry.Id);
                }
            }

            DeleteTags(connection, row.Row.Owner, row.Row.Id);
            using (var tags = new TagIndexWriter(connection))
            {
                tags.Write(row);
            }

            SqliteOwnerDigests.Write(connection, owner.Value, digest);
            transaction.Commit();
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JournalEntry> GetAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, codec =>
        {
            using var connection = OpenConnection();
            var row = SelectEntry(connection, owner, id.ToString()) ?? throw new JournalEntryNotFoundException(id);
            if (JournalEntrySealer.TryOpen(codec, row, out var entry, out var problem))
            {
                return entry;
            }

            RequireActiveKey(connection, owner.Value, codec);
            SqliteJournalStoreLog.EntryTampered(_logger, id.ToString(), problem);
            throw new JournalEntryTamperedException(id, problem);
        });
    }

    /// <inheritdoc />
    public Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(query);
        var cursor = query.Continuation is { } token ? JournalCursor.Decode(token, CursorMark, query.Order) : (JournalCursor?)null;
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, codec =>
        {
            using var connection = OpenConnection();
            using var select = ListCommand(connection, codec, owner, query, cursor, query.PageSize + 1);
            var rows = ReadRows(select, owner.Value, cancellationToken);

            var hasMore = rows.Count > query.PageSize;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var opened = OpenRows(connection, codec, rows);
            return new JournalPage
            {
                Entries = opened.Entries,
                TamperedEntryIds = opened.Tampered,
                UnreadableRowIds = opened.Unreadable,
                Continuation = hasMore ? new JournalCursor(query.Order, rows[^1].FeltAtUtcTicks, rows[^1].Id).Encode(CursorMark) : null,
            };
        });
    }

    /// <inheritdoc />
    /// <exception cref="JournalEraseIncompleteException">
    /// The entry was deleted, but another process's open reader kept its old pages in the write-ahead log
    /// (after waiting the busy timeout): call <see cref="CheckpointAsync"/> later to finish the erase.
    /// </exception>
    public async Task DeleteAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        await WriteEntriesAsync(owner, 1, codec =>
        {
            using var connection = OpenConnection();
            using (var transaction = connection.BeginTransaction())
            {
                var old = SelectEntry(connection, owner, id.ToString()) ?? throw new JournalEntryNotFoundException(id);
                var digest = SqliteOwnerDigests.Read(connection, owner.Value).Remove(SqliteOwnerDigests.StoredFingerprint(connection, codec, old));
                DeleteEntry(connection, owner.Value, id.ToString());
                SqliteOwnerDigests.Write(connection, owner.Value, digest);
                transaction.Commit();
            }

            // secure_delete zeroed the row in the database pages; the write-ahead log still holds older
            // copies of those pages until it is checkpointed and truncated. Say so when that fails.
            if (!Checkpoint(connection))
            {
                SqliteJournalStoreLog.CheckpointHeldBack(_logger, id.ToString());
                throw new JournalEraseIncompleteException(id, "Close the other process (or its open reader), then call CheckpointAsync until it returns true to finish the erase.");
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, codec =>
        {
            using var connection = OpenConnection();
            var rows = ReadAllRows(connection, codec, owner, cancellationToken);
            var opened = OpenRows(connection, codec, rows);
            if (!opened.IsIntact)
            {
                throw opened.ToException("The export was stopped so that it does not silently miss entries; list the journal to read the others.");
            }

            var verification = Verify(connection, codec, owner, rows, opened);
            return verification.IsIntact
                ? new JournalExport { ExportedAt = _time.GetUtcNow(), Entries = opened.Entries }
                : throw new JournalIntegrityException(verification);
        });
    }

    /// <inheritdoc />
    /// <exception cref="JournalStorageFullException">The disk is full; the import was rolled back and says that nothing was committed.</exception>
    public async Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(export);
        cancellationToken.ThrowIfCancellationRequested();
        var batch = WithCodec(owner, codec => SealedJournalBatch.Seal(codec, owner, export.Entries));
        var added = 0;
        await WriteEntriesAsync(owner, export.Entries.Count, codec =>
        {
            var rows = batch.For(codec);
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            RequireActiveKey(connection, owner.Value, codec);
            using var insert = InsertCommand(connection, ifNew: true);
            using var tags = new TagIndexWriter(connection);
            var digest = SqliteOwnerDigests.Read(connection, owner.Value);
            foreach (var row in rows.Rows)
            {
                Bind(insert, row.Row);
                if (insert.ExecuteNonQuery() == 1)
                {
                    added++;
                    tags.Write(row);
                    digest = digest.Add(OwnerDigest.Fingerprint(codec, row.Row, row.TagHashes));
                }
            }

            SqliteOwnerDigests.Write(connection, owner.Value, digest);
            transaction.Commit();
        }, cancellationToken).ConfigureAwait(false);

        return new JournalImportResult { Added = added, AlreadyPresent = export.Entries.Count - added };
    }

    /// <summary>Closes the database file and wipes the keys from memory.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _vaults.Dispose();
        _storeSecret?.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

    }

    /// <inheritdoc cref="Dispose" />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static SqliteJournalStore OpenWith(SqliteJournalStoreOptions options, SqliteJournalOpener.Mode mode, JournalKeyProvider? keyProvider, ILogger<SqliteJournalStore>? logger)
    {
        ILogger log = logger ?? (ILogger)NullLogger.Instance;
        var opened = SqliteJournalOpener.Open(options, mode, keyProvider, log);
        return new SqliteJournalStore(opened, options.TimeProvider, log);
    }

    /// <summary>
    /// Runs a write of <paramref name="total"/> entries in one transaction; a full disk rolls it back and is
    /// reported as <see cref="JournalStorageFullException"/> with nothing committed.
    /// </summary>
    private async Task WriteEntriesAsync(JournalOwnerId owner, int total, Action<IEntryCodec> write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            WithCodec(owner, codec =>
            {
                write(codec);
                return 0;
            });
        }
        catch (SqliteException error) when (error.SqliteErrorCode == SqliteFullError)
        {
            throw new JournalStorageFullException(committed: 0, total, error);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs a read (synchronous, like all Microsoft.Data.Sqlite I/O) with the owner's codec and returns its result or error as a task.</summary>
    private Task<T> ReadAsync<T>(JournalOwnerId owner, Func<IEntryCodec, T> read)
    {
        try
        {
            return Task.FromResult(WithCodec(owner, read));
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
}
