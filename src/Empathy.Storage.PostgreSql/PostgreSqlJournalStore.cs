using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Cursors;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Vaults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// The journal store on a PostgreSQL server, for hosts whose app instances run on many machines. Every
/// entry's private content is sealed in the app with AES-256-GCM (the same <see cref="IEntryCodec"/> as
/// the SQLite store) before it is sent: the server keeps only ciphertext, the owner, the entry id, when it
/// was felt, the schema version, the key id, keyed tag hashes and a keyed digest per owner.
/// </summary>
/// <remarks>
/// <para>
/// Open it with <see cref="OpenAsync(PostgreSqlJournalStoreOptions, JournalKeyProvider, ILogger{PostgreSqlJournalStore}?, CancellationToken)"/>: it migrates
/// its schema (idempotently, under an advisory lock, so instances may start together) and opens the key,
/// refusing a wrong one with <see cref="WrongJournalKeyException"/>. Connections come from a pooled
/// <see cref="NpgsqlDataSource"/>. Every method is asynchronous all the way down and honours its token.
/// </para>
/// <para>
/// Thread-safe, and safe beside other instances on the same schema: every write is one transaction that
/// first locks the owner's digest row, so writes of one owner are serialised across all instances and
/// writes of different owners run in parallel. A write is durable when the call returns (the server's
/// commit). When the server cannot be reached, restarts or breaks the connection, a call fails with
/// <see cref="PostgreSqlStoreUnavailableException"/> and later calls succeed again once it is back.
/// </para>
/// <para>
/// Deleting an entry removes its row; PostgreSQL reclaims the space of removed rows at its next vacuum,
/// and until then the old (encrypted) bytes stay in the table's files, as in its write-ahead log and backups.
/// </para>
/// </remarks>
public sealed partial class PostgreSqlJournalStore : IJournalStore, IAsyncDisposable, IDisposable
{
    private const string CursorMark = "pg1";

    /// <summary>One snapshot for the rows, the tag index and the digest, so a concurrent write cannot make them disagree.</summary>
    private const System.Data.IsolationLevel OneSnapshot = System.Data.IsolationLevel.RepeatableRead;

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly PostgreSqlJournalCommands _sql;
    private readonly PostgreSqlPracticeCommands _practice;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<JournalKeyProvider>? _keyProvider;
    private readonly Func<CancellationToken, Task<IEntryCodec?>> _start;
    private readonly Lock _startGate = new();
    private readonly PostgreSqlVaultCommands _vaultSql;
    private readonly OwnerVaultRegistry _vaults = new();
    private Task<IEntryCodec?>? _started;
    private volatile bool _disposed;

    private PostgreSqlJournalStore(NpgsqlDataSource dataSource, bool ownsDataSource, PostgreSqlJournalStoreOptions options, Func<JournalKeyProvider>? keyProvider, bool ownsKeyProvider, ILogger logger)
    {
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        _sql = new PostgreSqlJournalCommands(options.Schema);
        _practice = new PostgreSqlPracticeCommands(options.Schema);
        _vaultSql = new PostgreSqlVaultCommands(options.Schema);
        _time = options.TimeProvider;
        _logger = logger;
        _keyProvider = keyProvider;
        _start = cancellationToken => StartAsync(keyProvider, ownsKeyProvider, cancellationToken);
    }

    /// <summary>The schema that holds the store's tables.</summary>
    public string Schema => _sql.Schema;

    /// <summary>
    /// Opens the store: migrates its schema when needed and opens (or, in a new schema, creates) its key
    /// from <paramref name="keyProvider"/>. The store builds and owns a pooled data source from
    /// <see cref="PostgreSqlJournalStoreOptions.ConnectionString"/>.
    /// </summary>
    /// <param name="options">Which database and schema.</param>
    /// <param name="keyProvider">The key; the store keeps only keys derived from it, so the caller may dispose it afterwards.</param>
    /// <param name="logger">Where the store logs (never private text); none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open store; dispose it to close its connections and wipe its keys from memory.</returns>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    /// <exception cref="WrongJournalKeyException">The key does not open this schema's journal.</exception>
    /// <exception cref="JournalFormatException">The schema was written by a newer version of this package.</exception>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public static Task<PostgreSqlJournalStore> OpenAsync(PostgreSqlJournalStoreOptions options, JournalKeyProvider keyProvider, ILogger<PostgreSqlJournalStore>? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyProvider);
        var store = Create(options, dataSource: null, () => keyProvider, ownsKeyProvider: false, logger);
        return StartedAsync(store, cancellationToken);
    }

    /// <summary>
    /// Opens the store like <see cref="OpenAsync(PostgreSqlJournalStoreOptions, JournalKeyProvider, ILogger{PostgreSqlJournalStore}?, CancellationToken)"/>,
    /// on a data source the app built and owns (for example with its own logging or authentication); the
    /// store does not dispose it. <see cref="PostgreSqlJournalStoreOptions.ConnectionString"/> is ignored.
    /// </summary>
    /// <param name="dataSource">The app's data source.</param>
    /// <param name="options">Which schema.</param>
    /// <param name="keyProvider">The key.</param>
    /// <param name="logger">Where the store logs; none when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <inheritdoc cref="OpenAsync(PostgreSqlJournalStoreOptions, JournalKeyProvider, ILogger{PostgreSqlJournalStore}?, CancellationToken)" path="/exception"/>
    public static Task<PostgreSqlJournalStore> OpenAsync(NpgsqlDataSource dataSource, PostgreSqlJournalStoreOptions options, JournalKeyProvider keyProvider, ILogger<PostgreSqlJournalStore>? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(keyProvider);
        var store = Create(options, dataSource, () => keyProvider, ownsKeyProvider: false, logger);
        return StartedAsync(store, cancellationToken);
    }

    /// <summary>
    /// A store that migrates and opens its key on its first call (and again on the next call while that
    /// fails, for example while the server is still starting): what DI registers, so an app starts even
    /// when its database is briefly away. When <paramref name="ownsKeyProvider"/>, each provider made is disposed after use.
    /// </summary>
    /// <remarks>Without <paramref name="keyProvider"/> the store is in vault mode.</remarks>
    internal static PostgreSqlJournalStore Create(PostgreSqlJournalStoreOptions options, NpgsqlDataSource? dataSource, Func<JournalKeyProvider>? keyProvider, bool ownsKeyProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate(needsConnectionString: dataSource is null);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The PostgreSQL journal store options are invalid: " + string.Join(" ", problems), nameof(options));
        }

        var owns = dataSource is null;
        dataSource ??= new NpgsqlSlimDataSourceBuilder(options.ConnectionString).Build();
        return new PostgreSqlJournalStore(dataSource, owns, options, keyProvider, ownsKeyProvider, logger ?? NullLogger.Instance);
    }

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

        await WriteAsync(owner, entries.Count, async (codec, connection, ct) =>
        {
            // Sealed before the transaction's first statement, so the owner's lock is held for I/O only.
            var batch = SealedJournalBatch.Seal(codec, owner, entries);
            var digest = await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            var added = await InsertNewAsync(connection, batch.Rows, ct).ConfigureAwait(false);
            if (batch.Rows.FirstOrDefault(row => !added.Contains(row.Row.Id)) is { } duplicate)
            {
                throw new DuplicateJournalEntryException(duplicate.Entry.Id);
            }

            await using var rest = connection.CreateBatch();
            foreach (var row in batch.Rows)
            {
                AddAll(rest, _sql.InsertTags(row));
                digest = digest.Add(OwnerDigest.Fingerprint(codec, row.Row, row.TagHashes));
            }

            rest.BatchCommands.Add(_sql.WriteDigest(owner.Value, digest));
            await rest.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UpdateAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        await WriteAsync(owner, 1, async (codec, connection, ct) =>
        {
            var row = JournalEntrySealer.Seal(codec, owner, entry);
            var digest = await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            var old = await _sql.SelectEntryAsync(connection, owner, row.Row.Id, ct).ConfigureAwait(false) ?? throw new JournalEntryNotFoundException(entry.Id);
            digest = digest
                .Remove(await StoredFingerprintAsync(connection, codec, old, ct).ConfigureAwait(false))
                .Add(OwnerDigest.Fingerprint(codec, row.Row, row.TagHashes));

            await using var batch = connection.CreateBatch();
            batch.BatchCommands.Add(_sql.Update(row.Row));
            batch.BatchCommands.Add(_sql.DeleteTags(row.Row.Owner, row.Row.Id));
            AddAll(batch, _sql.InsertTags(row));
            batch.BatchCommands.Add(_sql.WriteDigest(owner.Value, digest));
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JournalEntry> GetAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, async (codec, connection, ct) =>
        {
            var row = await _sql.SelectEntryAsync(connection, owner, id.ToString(), ct).ConfigureAwait(false) ?? throw new JournalEntryNotFoundException(id);
            if (JournalEntrySealer.TryOpen(codec, row, out var entry, out var problem))
            {
                return entry;
            }

            PostgreSqlJournalStoreLog.EntryTampered(_logger, id.ToString(), problem);
            throw new JournalEntryTamperedException(id, problem);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(query);
        var cursor = query.Continuation is { } token ? JournalCursor.Decode(token, CursorMark, query.Order) : (JournalCursor?)null;
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, async (codec, connection, ct) =>
        {
            await using var select = _sql.List(connection, codec, owner, query, cursor, query.PageSize + 1);
            var rows = await PostgreSqlJournalCommands.ReadRowsAsync(select, owner.Value, ct).ConfigureAwait(false);
            var hasMore = rows.Count > query.PageSize;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var opened = OpenRows(codec, rows);
            return new JournalPage
            {
                Entries = opened.Entries,
                TamperedEntryIds = opened.Tampered,
                UnreadableRowIds = opened.Unreadable,
                Continuation = hasMore ? new JournalCursor(query.Order, rows[^1].FeltAtUtcTicks, rows[^1].Id).Encode(CursorMark) : null,
            };
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        await WriteAsync(owner, 1, async (codec, connection, ct) =>
        {
            var digest = await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            var old = await _sql.SelectEntryAsync(connection, owner, id.ToString(), ct).ConfigureAwait(false) ?? throw new JournalEntryNotFoundException(id);
            digest = digest.Remove(await StoredFingerprintAsync(connection, codec, old, ct).ConfigureAwait(false));
            await using var batch = connection.CreateBatch();
            batch.BatchCommands.Add(_sql.DeleteEntry(owner.Value, old.Id));
            batch.BatchCommands.Add(_sql.DeleteTags(owner.Value, old.Id));
            batch.BatchCommands.Add(_sql.WriteDigest(owner.Value, digest));
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, async (codec, connection, ct) =>
        {
            var rows = await _sql.ReadAllRowsAsync(connection, codec, owner, ct).ConfigureAwait(false);
            var opened = OpenRows(codec, rows);
            if (!opened.IsIntact)
            {
                throw opened.ToException("The export was stopped so that it does not silently miss entries; list the journal to read the others.");
            }

            var verification = await VerifyRowsAsync(connection, codec, owner, rows, opened, ct).ConfigureAwait(false);
            return verification.IsIntact
                ? new JournalExport { ExportedAt = _time.GetUtcNow(), Entries = opened.Entries }
                : throw new JournalIntegrityException(verification);
        }, cancellationToken, OneSnapshot);
    }

    /// <inheritdoc />
    /// <exception cref="JournalStorageFullException">The server's disk is full; the import was rolled back and says that nothing was committed.</exception>
    public async Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(export);
        cancellationToken.ThrowIfCancellationRequested();
        var added = await WriteAsync(owner, export.Entries.Count, async (codec, connection, ct) =>
        {
            var batch = SealedJournalBatch.Seal(codec, owner, export.Entries);
            var digest = await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            var inserted = await InsertNewAsync(connection, batch.Rows, ct).ConfigureAwait(false);
            await using var rest = connection.CreateBatch();
            foreach (var row in batch.Rows.Where(row => inserted.Contains(row.Row.Id)))
            {
                AddAll(rest, _sql.InsertTags(row));
                digest = digest.Add(OwnerDigest.Fingerprint(codec, row.Row, row.TagHashes));
            }

            rest.BatchCommands.Add(_sql.WriteDigest(owner.Value, digest));
            await rest.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return inserted.Count;
        }, cancellationToken).ConfigureAwait(false);

        return new JournalImportResult { Added = added, AlreadyPresent = export.Entries.Count - added };
    }

    /// <summary>Closes the store's connections (when it owns its data source) and wipes its keys from memory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (WipeKeys() && _ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc cref="DisposeAsync" />
    public void Dispose()
    {
        if (WipeKeys() && _ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    /// <summary>Marks the store disposed and wipes its codec; <see langword="false"/> when it already was.</summary>
    private bool WipeKeys()
    {
        if (_disposed)
        {
            return false;
        }

        _disposed = true;
        if (_started is { IsCompletedSuccessfully: true } started)
        {
            started.Result?.Dispose();
        }

        _vaults.Dispose();

        return true;
    }

    private static async Task<PostgreSqlJournalStore> StartedAsync(PostgreSqlJournalStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.StartedCodecAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void AddAll(NpgsqlBatch batch, IEnumerable<NpgsqlBatchCommand> commands)
    {
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }
    }

    /// <summary>Inserts the rows that are new for their owner in one round trip; returns the ids that were inserted.</summary>
    private async Task<HashSet<string>> InsertNewAsync(NpgsqlConnection connection, IReadOnlyList<SealedJournalEntry> rows, CancellationToken cancellationToken)
    {
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return inserted;
        }

        await using var batch = connection.CreateBatch();
        foreach (var row in rows)
        {
            batch.BatchCommands.Add(_sql.InsertIfNew(row.Row));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        do
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                inserted.Add(reader.GetString(0));
            }
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));

        return inserted;
    }

    /// <summary>The fingerprint of a row as it is stored now (its tag hashes read from the index).</summary>
    private async Task<byte[]> StoredFingerprintAsync(NpgsqlConnection connection, IEntryCodec codec, SealedJournalRow row, CancellationToken cancellationToken)
    {
        var tags = await _sql.SelectTagHashesAsync(connection, row.Owner, row.Id, cancellationToken).ConfigureAwait(false);
        return OwnerDigest.Fingerprint(codec, row, tags.GetValueOrDefault(row.Id) ?? []);
    }
}
