using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite;

// The practice records: table practice_records in the same file, sealed by the owner's codec. Every read and
// write goes through ReadSealed / WriteSealedAsync, so the owner's key (and vault gate) applies unchanged.
public sealed partial class SqliteJournalStore : IPracticeStore
{
    private const string PracticeCursorMark = "sqlp1";

    /// <inheritdoc />
    public Task AddAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class
    {
        CheckPracticeWrite(owner, kind, record);
        return WriteSealedAsync(owner, (codec, connection, transaction) =>
        {
            var row = PracticeRecordSealer.Seal(codec, owner, kind, record);
            try
            {
                SqlitePracticeCommands.Insert(connection, transaction, row, ignoreExisting: false);
            }
            catch (SqliteException error) when (error.SqliteErrorCode == SqliteConstraintError)
            {
                throw new DuplicatePracticeRecordException(kind.Name, record.Id);
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task UpdateAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class
    {
        CheckPracticeWrite(owner, kind, record);
        return WriteSealedAsync(owner, (codec, connection, transaction) =>
        {
            var row = PracticeRecordSealer.Seal(codec, owner, kind, record);
            if (!SqlitePracticeCommands.Update(connection, transaction, row))
            {
                throw new PracticeRecordNotFoundException(kind.Name, record.Id);
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PracticeRecord<T>> GetAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecordId id, CancellationToken cancellationToken = default)
        where T : class =>
        RunRead(() =>
        {
            CheckPracticeCall(owner, kind, id, cancellationToken);
            return ReadSealed(owner, (codec, connection) =>
            {
                var row = SqlitePracticeCommands.Select(connection, owner.Value, kind.Name, id.ToString())
                    ?? throw new PracticeRecordNotFoundException(kind.Name, id);
                if (PracticeRecordSealer.TryOpen(codec, kind, row, out var record, out var problem))
                {
                    return record;
                }

                SqliteJournalStoreLog.PracticeRecordTampered(_logger, row.Name, problem);
                throw new PracticeRecordTamperedException([row.Name], problem);
            });
        });

    /// <inheritdoc />
    public Task<PracticePage<T>> ListAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeQuery query, CancellationToken cancellationToken = default)
        where T : class =>
        RunRead(() =>
        {
            JournalOwnerId.ThrowIfDefault(owner);
            PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
            ArgumentNullException.ThrowIfNull(query);
            var cursor = query.Continuation is { } token ? PracticeContinuation.Decode(token, PracticeCursorMark, kind, query.Order) : (Core.Storage.Cursors.JournalCursor?)null;
            cancellationToken.ThrowIfCancellationRequested();
            return ReadSealed(owner, (codec, connection) =>
            {
                var rows = SqlitePracticeCommands.List(connection, owner.Value, kind, query, cursor, query.PageSize + 1, cancellationToken);
                var hasMore = rows.Count > query.PageSize;
                if (hasMore)
                {
                    rows.RemoveAt(rows.Count - 1);
                }

                var page = PracticeRecordSealer.OpenPage(codec, kind, rows, hasMore ? PracticeContinuation.After(PracticeCursorMark, kind, query.Order, rows[^1]) : null);
                LogTampered(kind, page.TamperedRecordIds.Select(i => i.ToString()).Concat(page.UnreadableRowIds));
                return page;
            });
        });

    /// <inheritdoc />
    public async Task DeleteAsync(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken = default)
    {
        CheckPracticeCall(owner, kind, id, cancellationToken);
        await WriteSealedAsync(owner, (_, connection, transaction) =>
        {
            if (!SqlitePracticeCommands.Delete(connection, transaction, owner.Value, kind.Name, id.ToString()))
            {
                throw new PracticeRecordNotFoundException(kind.Name, id);
            }
        }, cancellationToken).ConfigureAwait(false);

        // secure_delete zeroed the row in the database pages; older copies stay in the write-ahead log until it
        // is checkpointed. A reader in another process can hold that back: the record is deleted either way.
        using var connection = OpenConnection();
        if (!SqliteJournalCommands.Checkpoint(connection))
        {
            SqliteJournalStoreLog.PracticeCheckpointHeldBack(_logger, $"{kind.Name}/{id}");
        }
    }

    /// <inheritdoc />
    Task<PracticeExport> IPracticeStore.ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken) =>
        RunRead(() =>
        {
            JournalOwnerId.ThrowIfDefault(owner);
            cancellationToken.ThrowIfCancellationRequested();
            return ReadSealed(owner, (codec, connection) =>
            {
                var rows = SqlitePracticeCommands.SelectAll(connection, owner.Value, cancellationToken);
                try
                {
                    return PracticeRecordSealer.OpenExport(codec, rows, _time.GetUtcNow());
                }
                catch (PracticeRecordTamperedException error)
                {
                    foreach (var name in error.Records)
                    {
                        SqliteJournalStoreLog.PracticeRecordTampered(_logger, name, "its key id, authentication tag or clear columns do not match");
                    }

                    throw;
                }
            });
        });

    /// <inheritdoc />
    /// <exception cref="JournalStorageFullException">The disk is full; the import was rolled back and nothing was committed.</exception>
    async Task<PracticeImportResult> IPracticeStore.ImportAsync(JournalOwnerId owner, PracticeExport export, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(export);
        var added = 0;
        var total = 0;
        await WriteSealedAsync(owner, (codec, connection, transaction) =>
        {
            // Sealing checks every record first, so a refused one writes nothing.
            var rows = PracticeRecordSealer.SealExport(codec, owner, export);
            total = rows.Count;
            added = rows.Count(row => SqlitePracticeCommands.Insert(connection, transaction, row, ignoreExisting: true));
        }, cancellationToken).ConfigureAwait(false);
        return new PracticeImportResult { Added = added, AlreadyPresent = total - added };
    }

    private static void CheckPracticeWrite<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record)
        where T : class
    {
        JournalOwnerId.ThrowIfDefault(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(record);
    }

    private static void CheckPracticeCall(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        PracticeRecordId.ThrowIfDefault(id, nameof(id));
        cancellationToken.ThrowIfCancellationRequested();
    }

    // Reads run on the caller's thread (SQLite reads are short); errors come back in the task, as from real I/O.
    private static Task<T> RunRead<T>(Func<T> read)
    {
        try
        {
            return Task.FromResult(read());
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

    private void LogTampered(PracticeKind kind, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            SqliteJournalStoreLog.PracticeRecordTampered(_logger, $"{kind.Name}/{id}", "its key id, authentication tag or clear columns do not match");
        }
    }
}
