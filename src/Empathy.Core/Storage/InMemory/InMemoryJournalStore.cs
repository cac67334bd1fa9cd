using Empathy.Core.Journal;
using Empathy.Core.Storage.Cursors;

namespace Empathy.Core.Storage.InMemory;

/// <summary>
/// A journal store that keeps entries in memory only: for tests, demos and previews. Nothing survives
/// the process and nothing is encrypted, so do not use it for real journals.
/// </summary>
/// <remarks>
/// Thread-safe: every call takes one lock for its (short) work; entries are immutable, so readers get
/// snapshots. Behaves like every other <see cref="IJournalStore"/> (the shared contract tests prove it).
/// </remarks>
public sealed partial class InMemoryJournalStore : IJournalStore
{
    private const string CursorMark = "mem1";

    private readonly Lock _gate = new();
    private readonly Dictionary<JournalOwnerId, Dictionary<JournalEntryId, JournalEntry>> _owners = [];
    private readonly TimeProvider _time;
    private readonly Action<JournalOwnerId>? _ownerGate;

    // Shared by every owner without entries; never written to.
    private static readonly Dictionary<JournalEntryId, JournalEntry> NoEntries = [];

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock for <see cref="JournalExport.ExportedAt"/>; the system clock when <see langword="null"/>.</param>
    public InMemoryJournalStore(TimeProvider? timeProvider = null)
        : this(timeProvider, ownerGate: null)
    {
    }

    /// <summary>A store whose every call first passes <paramref name="ownerGate"/> (vault mode: is the owner's vault open?).</summary>
    internal InMemoryJournalStore(TimeProvider? timeProvider, Action<JournalOwnerId>? ownerGate)
    {
        _time = timeProvider ?? TimeProvider.System;
        _ownerGate = ownerGate;
    }

    /// <inheritdoc />
    public Task AddAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default) =>
        entry is null ? Task.FromException(new ArgumentNullException(nameof(entry))) : AddRangeAsync(owner, [entry], cancellationToken);

    /// <inheritdoc />
    public Task AddRangeAsync(JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries, CancellationToken cancellationToken = default) =>
        Complete(() => AddRange(owner, entries, cancellationToken));

    /// <inheritdoc />
    public Task UpdateAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default) =>
        Complete(() => Update(owner, entry, cancellationToken));

    /// <inheritdoc />
    public Task<JournalEntry> GetAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default) =>
        Complete(() => Get(owner, id, cancellationToken));

    /// <inheritdoc />
    public Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default) =>
        Complete(() => List(owner, query, cancellationToken));

    /// <inheritdoc />
    public Task DeleteAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default) =>
        Complete(() => Delete(owner, id, cancellationToken));

    /// <inheritdoc />
    public Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default) =>
        Complete(() => Export(owner, cancellationToken));

    /// <inheritdoc />
    public Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default) =>
        Complete(() => Import(owner, export, cancellationToken));

    /// <summary>
    /// The seam every in-memory record kind goes through before touching an owner's data: checks the owner
    /// and, in vault mode, that their vault is open here (throws the vault's locked error otherwise). This store
    /// keeps records in clear in memory, so there is no codec to hand out.
    /// </summary>
    internal void RequireOwnerOpen(JournalOwnerId owner)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        _ownerGate?.Invoke(owner);
    }

    /// <summary>Forgets every entry and practice record of <paramref name="owner"/> (the vault-mode store's erasure).</summary>
    internal void EraseOwner(JournalOwnerId owner)
    {
        lock (_gate)
        {
            _owners.Remove(owner);
            _practice.Remove(owner);
        }
    }

    // Errors, cancellation included, come back in the task, as from a store that does real I/O.
    private static Task Complete(Action body)
    {
        try
        {
            body();
            return Task.CompletedTask;
        }
        catch (OperationCanceledException cancelled) when (cancelled.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancelled.CancellationToken);
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    internal static Task<T> Complete<T>(Func<T> body)
    {
        try
        {
            return Task.FromResult(body());
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

    private void AddRange(JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => e is null))
        {
            throw new ArgumentException("Entries must not contain null.", nameof(entries));
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var journal = Journal(owner);
            var seen = new HashSet<JournalEntryId>();
            foreach (var entry in entries)
            {
                if (!seen.Add(entry.Id) || journal.ContainsKey(entry.Id))
                {
                    throw new DuplicateJournalEntryException(entry.Id);
                }
            }

            foreach (var entry in entries)
            {
                journal.Add(entry.Id, entry);
            }
        }
    }

    private void Update(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var journal = Existing(owner);
            if (!journal.ContainsKey(entry.Id))
            {
                throw new JournalEntryNotFoundException(entry.Id);
            }

            journal[entry.Id] = entry;
        }
    }

    private JournalEntry Get(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Existing(owner).TryGetValue(id, out var entry) ? entry : throw new JournalEntryNotFoundException(id);
        }
    }

    private JournalPage List(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        ArgumentNullException.ThrowIfNull(query);
        var cursor = query.Continuation is { } token ? JournalCursor.Decode(token, CursorMark, query.Order) : (JournalCursor?)null;
        cancellationToken.ThrowIfCancellationRequested();

        JournalEntry[] snapshot;
        lock (_gate)
        {
            snapshot = [.. Existing(owner).Values];
        }

        var matches = snapshot
            .Where(e => query.IncludesTime(e.FeltAt))
            .Where(e => query.Tag is not { } tag || e.Tags.Contains(tag, StringComparer.Ordinal))
            .Where(e => cursor is not { } c || c.IsBefore(e))
            .ToList();
        matches.Sort((a, b) => JournalCursor.Compare(a.FeltAt.UtcTicks, a.Id.ToString(), b.FeltAt.UtcTicks, b.Id.ToString()));
        if (query.Order == JournalOrder.NewestFirst)
        {
            matches.Reverse();
        }

        var page = matches.Take(query.PageSize).ToArray();
        var hasMore = matches.Count > query.PageSize;
        return new JournalPage
        {
            Entries = page,
            Continuation = hasMore ? JournalCursor.After(query.Order, page[^1]).Encode(CursorMark) : null,
        };
    }

    private void Delete(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!Existing(owner).Remove(id))
            {
                throw new JournalEntryNotFoundException(id);
            }
        }
    }

    private JournalExport Export(JournalOwnerId owner, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        cancellationToken.ThrowIfCancellationRequested();
        JournalEntry[] snapshot;
        lock (_gate)
        {
            snapshot = [.. Existing(owner).Values];
        }

        Array.Sort(snapshot, (a, b) => JournalCursor.Compare(a.FeltAt.UtcTicks, a.Id.ToString(), b.FeltAt.UtcTicks, b.Id.ToString()));
        return new JournalExport { ExportedAt = _time.GetUtcNow(), Entries = snapshot };
    }

    private JournalImportResult Import(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken)
    {
        RequireOwnerOpen(owner);
        ArgumentNullException.ThrowIfNull(export);
        cancellationToken.ThrowIfCancellationRequested();
        var added = 0;
        lock (_gate)
        {
            var journal = Journal(owner);
            foreach (var entry in export.Entries)
            {
                if (journal.TryAdd(entry.Id, entry))
                {
                    added++;
                }
            }
        }

        return new JournalImportResult { Added = added, AlreadyPresent = export.Entries.Count - added };
    }

    // Callers hold _gate. Reads never create a journal, so asking about unknown owners costs no memory.
    private Dictionary<JournalEntryId, JournalEntry> Existing(JournalOwnerId owner) =>
        _owners.TryGetValue(owner, out var journal) ? journal : NoEntries;

    // Callers hold _gate.
    private Dictionary<JournalEntryId, JournalEntry> Journal(JournalOwnerId owner)
    {
        if (!_owners.TryGetValue(owner, out var journal))
        {
            journal = [];
            _owners.Add(owner, journal);
        }

        return journal;
    }
}
