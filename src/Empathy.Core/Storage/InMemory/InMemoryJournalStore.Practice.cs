using Empathy.Core.Storage.Practice;

namespace Empathy.Core.Storage.InMemory;

/// <summary>The practice records of <see cref="InMemoryJournalStore"/>: the same owners, the same lock, one store object.</summary>
/// <remarks>
/// Records are kept as <see cref="SealedPracticeRow"/>s made by <see cref="PracticeRecordSealer"/>, exactly as an
/// encrypted store keeps them (JSON of the kind, size limit, address checks), with a codec that does not encrypt
/// (RequireOwnerOpen is this store's vault gate):
/// so the shared contract tests exercise the same sealing code here as against SQLite.
/// </remarks>
public sealed partial class InMemoryJournalStore : IPracticeStore
{
    private const string PracticeCursorMark = "memp1";

    private readonly Dictionary<JournalOwnerId, Dictionary<(string Kind, PracticeRecordId Id), SealedPracticeRow>> _practice = [];

    /// <inheritdoc />
    public Task AddAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class =>
        Complete(() => WritePractice(owner, kind, record, isNew: true, cancellationToken));

    /// <inheritdoc />
    public Task UpdateAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class =>
        Complete(() => WritePractice(owner, kind, record, isNew: false, cancellationToken));

    /// <inheritdoc />
    public Task<PracticeRecord<T>> GetAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecordId id, CancellationToken cancellationToken = default)
        where T : class =>
        Complete(() =>
        {
            CheckPracticeCall(owner, kind, id, cancellationToken);
            SealedPracticeRow? row;
            lock (_gate)
            {
                ExistingPractice(owner).TryGetValue((kind.Name, id), out row);
            }

            return row is null
                ? throw new PracticeRecordNotFoundException(kind.Name, id)
                : InMemoryPracticeSealer.Open(kind, row);
        });

    /// <inheritdoc />
    public Task<PracticePage<T>> ListAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeQuery query, CancellationToken cancellationToken = default)
        where T : class =>
        Complete(() => ListPractice(owner, kind, query, cancellationToken));

    /// <inheritdoc />
    public Task DeleteAsync(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken = default) =>
        Complete(() =>
        {
            CheckPracticeCall(owner, kind, id, cancellationToken);
            lock (_gate)
            {
                if (!ExistingPractice(owner).Remove((kind.Name, id)))
                {
                    throw new PracticeRecordNotFoundException(kind.Name, id);
                }
            }
        });

    /// <inheritdoc />
    Task<PracticeExport> IPracticeStore.ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken) =>
        Complete(() =>
        {
            RequireOwnerOpen(owner);
            cancellationToken.ThrowIfCancellationRequested();
            SealedPracticeRow[] rows;
            lock (_gate)
            {
                rows = [.. ExistingPractice(owner).Values];
            }

            return InMemoryPracticeSealer.OpenExport(rows, _time.GetUtcNow());
        });

    /// <inheritdoc />
    Task<PracticeImportResult> IPracticeStore.ImportAsync(JournalOwnerId owner, PracticeExport export, CancellationToken cancellationToken) =>
        Complete(() =>
        {
            RequireOwnerOpen(owner);
            ArgumentNullException.ThrowIfNull(export);
            var rows = InMemoryPracticeSealer.SealExport(owner, export);
            cancellationToken.ThrowIfCancellationRequested();
            var added = 0;
            lock (_gate)
            {
                var records = Practice(owner);
                foreach (var row in rows)
                {
                    if (records.TryAdd((row.Kind, row.RecordId!.Value), row))
                    {
                        added++;
                    }
                }
            }

            return new PracticeImportResult { Added = added, AlreadyPresent = rows.Count - added };
        });

    private void CheckPracticeCall(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        PracticeRecordId.ThrowIfDefault(id, nameof(id));
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void WritePractice<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, bool isNew, CancellationToken cancellationToken)
        where T : class
    {
        RequireOwnerOpen(owner);
        ArgumentNullException.ThrowIfNull(record);
        var row = InMemoryPracticeSealer.Seal(owner, kind, record);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var records = isNew ? Practice(owner) : ExistingPractice(owner);
            var key = (kind.Name, record.Id);
            if (isNew && records.ContainsKey(key))
            {
                throw new DuplicatePracticeRecordException(kind.Name, record.Id);
            }

            if (!isNew && !records.ContainsKey(key))
            {
                throw new PracticeRecordNotFoundException(kind.Name, record.Id);
            }

            records[key] = row;
        }
    }

    private PracticePage<T> ListPractice<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeQuery query, CancellationToken cancellationToken)
        where T : class
    {
        RequireOwnerOpen(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(query);
        var cursor = query.Continuation is { } token ? PracticeContinuation.Decode(token, PracticeCursorMark, kind, query.Order) : (Cursors.JournalCursor?)null;
        cancellationToken.ThrowIfCancellationRequested();

        SealedPracticeRow[] snapshot;
        lock (_gate)
        {
            snapshot = [.. ExistingPractice(owner).Values.Where(r => r.Kind == kind.Name)];
        }

        var from = query.From?.UtcTicks ?? long.MinValue;
        var to = query.To?.UtcTicks ?? long.MaxValue;
        var matches = snapshot
            .Where(r => r.AtUtcTicks >= from && (query.To is null || r.AtUtcTicks < to))
            .Where(r => cursor is not { } c || PracticeContinuation.IsAfter(c, r))
            .ToList();
        matches.Sort(InMemoryPracticeSealer.Compare);
        if (query.Order == JournalOrder.NewestFirst)
        {
            matches.Reverse();
        }

        var span = matches.Take(query.PageSize).ToArray();
        var continuation = matches.Count > query.PageSize ? PracticeContinuation.After(PracticeCursorMark, kind, query.Order, span[^1]) : null;
        return InMemoryPracticeSealer.OpenPage(kind, span, continuation);
    }

    // Callers hold _gate. Reads never create an owner's table, so asking about unknown owners costs no memory.
    private Dictionary<(string Kind, PracticeRecordId Id), SealedPracticeRow> ExistingPractice(JournalOwnerId owner) =>
        _practice.TryGetValue(owner, out var records) ? records : [];

    // Callers hold _gate.
    private Dictionary<(string Kind, PracticeRecordId Id), SealedPracticeRow> Practice(JournalOwnerId owner)
    {
        if (!_practice.TryGetValue(owner, out var records))
        {
            records = [];
            _practice.Add(owner, records);
        }

        return records;
    }
}
