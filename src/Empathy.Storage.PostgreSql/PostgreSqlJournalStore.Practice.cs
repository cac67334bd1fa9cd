using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

// The practice records (table practice_records): sealed and opened by Core's PracticeRecordSealer with the
// owner's codec, written under the same per-owner lock as journal entries, so a key rotation sees them whole.
public sealed partial class PostgreSqlJournalStore : IPracticeStore
{
    private const string PracticeCursorMark = "pgp1";

    /// <inheritdoc />
    public async Task AddAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class
    {
        CheckPracticeWrite(owner, kind, record, cancellationToken);
        await WriteAsync(owner, 1, async (codec, connection, ct) =>
        {
            var row = PracticeRecordSealer.Seal(codec, owner, kind, record);
            await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            var added = await InsertNewPracticeAsync(connection, [row], ct).ConfigureAwait(false);
            return added.Count == 1 ? 0 : throw new DuplicatePracticeRecordException(kind.Name, record.Id);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UpdateAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class
    {
        CheckPracticeWrite(owner, kind, record, cancellationToken);
        await WriteAsync(owner, 1, async (codec, connection, ct) =>
        {
            var row = PracticeRecordSealer.Seal(codec, owner, kind, record);
            await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            await using var batch = connection.CreateBatch();
            batch.BatchCommands.Add(_practice.Update(row));
            return await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1 ? 0 : throw new PracticeRecordNotFoundException(kind.Name, record.Id);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<PracticeRecord<T>> GetAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecordId id, CancellationToken cancellationToken = default)
        where T : class
    {
        CheckPracticeCall(owner, kind, id, cancellationToken);
        return ReadAsync(owner, async (codec, connection, ct) =>
        {
            var row = await _practice.SelectAsync(connection, owner, kind, id, ct).ConfigureAwait(false) ?? throw new PracticeRecordNotFoundException(kind.Name, id);
            return PracticeRecordSealer.Open(codec, kind, row);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PracticePage<T>> ListAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeQuery query, CancellationToken cancellationToken = default)
        where T : class
    {
        JournalOwnerId.ThrowIfDefault(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(query);
        var cursor = query.Continuation is { } token ? PracticeContinuation.Decode(token, PracticeCursorMark, kind, query.Order) : (Core.Storage.Cursors.JournalCursor?)null;
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, async (codec, connection, ct) =>
        {
            await using var select = _practice.List(connection, owner, kind, query, cursor, query.PageSize + 1);
            var rows = await PostgreSqlPracticeCommands.ReadRowsAsync(select, owner.Value, ct).ConfigureAwait(false);
            var hasMore = rows.Count > query.PageSize;
            if (hasMore)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var continuation = hasMore ? PracticeContinuation.After(PracticeCursorMark, kind, query.Order, rows[^1]) : null;
            return PracticeRecordSealer.OpenPage(codec, kind, rows, continuation);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken = default)
    {
        CheckPracticeCall(owner, kind, id, cancellationToken);
        await WriteAsync(owner, 1, async (_, connection, ct) =>
        {
            await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            await using var batch = connection.CreateBatch();
            batch.BatchCommands.Add(_practice.Delete(owner, kind, id));
            return await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1 ? 0 : throw new PracticeRecordNotFoundException(kind.Name, id);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    Task<PracticeExport> IPracticeStore.ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, async (codec, connection, ct) =>
        {
            var rows = await _practice.ReadAllAsync(connection, owner.Value, ct).ConfigureAwait(false);
            return PracticeRecordSealer.OpenExport(codec, rows, _time.GetUtcNow());
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<PracticeImportResult> ImportAsync(JournalOwnerId owner, PracticeExport export, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(export);
        cancellationToken.ThrowIfCancellationRequested();
        var total = export.Count;
        var added = await WriteAsync(owner, total, async (codec, connection, ct) =>
        {
            // Sealing checks every record first: one refused record writes nothing.
            var rows = PracticeRecordSealer.SealExport(codec, owner, export);
            await _sql.LockDigestAsync(connection, owner.Value, ct).ConfigureAwait(false);
            return (await InsertNewPracticeAsync(connection, rows, ct).ConfigureAwait(false)).Count;
        }, cancellationToken).ConfigureAwait(false);
        return new PracticeImportResult { Added = added, AlreadyPresent = total - added };
    }

    private static void CheckPracticeCall(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        PracticeRecordId.ThrowIfDefault(id, nameof(id));

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void CheckPracticeWrite<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken)
        where T : class
    {
        JournalOwnerId.ThrowIfDefault(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Inserts the rows that are new (by owner, kind and id) in one round trip; returns how many were inserted.</summary>
    private async Task<List<string>> InsertNewPracticeAsync(NpgsqlConnection connection, IReadOnlyList<SealedPracticeRow> rows, CancellationToken cancellationToken)
    {
        var inserted = new List<string>();
        if (rows.Count == 0)
        {
            return inserted;
        }

        await using var batch = connection.CreateBatch();
        foreach (var row in rows)
        {
            batch.BatchCommands.Add(_practice.InsertIfNew(row));
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
}
