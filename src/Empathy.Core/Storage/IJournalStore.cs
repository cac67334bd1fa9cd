using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// Keeps private journal entries, for many owners, each of whom can reach only their own entries.
/// </summary>
/// <remarks>
/// <para>
/// Every member is asynchronous and takes the owner and a <see cref="CancellationToken"/>, so the same
/// contract fits an in-process store (<see cref="InMemory.InMemoryJournalStore"/>, the SQLite store) and a
/// server-backed one. Implementations are safe to call from many threads at once.
/// </para>
/// <para>
/// Entry ids are unique per owner. An entry that belongs to another owner is indistinguishable from one
/// that does not exist: reading, updating or deleting it throws <see cref="JournalEntryNotFoundException"/>,
/// listing and exporting never include it, and adding the same id under another owner is no conflict.
/// </para>
/// <para>
/// Errors: <see cref="ArgumentException"/> for a default owner or invalid arguments,
/// <see cref="JournalEntryNotFoundException"/>, <see cref="DuplicateJournalEntryException"/>,
/// <see cref="JournalEntryTamperedException"/> when a store that checks integrity finds stored data was
/// changed, and <see cref="OperationCanceledException"/> when the token is cancelled.
/// </para>
/// </remarks>
public interface IJournalStore
{
    /// <summary>Adds a new entry.</summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="entry">The entry; its <see cref="JournalEntry.Id"/> must be new for this owner.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written if it is cancelled before the write starts.</param>
    /// <exception cref="DuplicateJournalEntryException">The owner already has an entry with this id.</exception>
    Task AddAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Adds several new entries at once: all of them or, on any error, none.</summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="entries">The entries; every id must be new for this owner and appear once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DuplicateJournalEntryException">An id already exists for this owner or appears twice; nothing was added.</exception>
    Task AddRangeAsync(JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Replaces an existing entry with a new version of it (same <see cref="JournalEntry.Id"/>).</summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="entry">The new version.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="JournalEntryNotFoundException">The owner has no entry with this id.</exception>
    Task UpdateAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reads one entry.</summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry as last written.</returns>
    /// <exception cref="JournalEntryNotFoundException">The owner has no entry with this id.</exception>
    /// <exception cref="JournalEntryTamperedException">The stored entry failed its integrity check.</exception>
    Task<JournalEntry> GetAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of the owner's entries that match <paramref name="query"/>.</summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="query">Time range, tag, order, page size and continuation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The page. Entries that fail an integrity check are left out and named in
    /// <see cref="JournalPage.TamperedEntryIds"/>, so one damaged entry never hides the others.
    /// </returns>
    /// <exception cref="ArgumentException">The continuation was not issued by this store for this order.</exception>
    Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes an entry for good.</summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="id">The entry's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="JournalEntryNotFoundException">The owner has no entry with this id.</exception>
    Task DeleteAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exports every entry of the owner, oldest first, as a versioned document. Call it only when the owner
    /// asks: the document holds the private text in clear (write it with <see cref="Serialization.JournalExportJson"/>).
    /// </summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="JournalEntryTamperedException">
    /// Entries failed their integrity check (all are named); read the others with <see cref="ListAsync"/>.
    /// </exception>
    Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports a document made by <see cref="ExportAsync"/> (possibly by another store or an older version,
    /// migrated by <see cref="Serialization.JournalExportJson"/>). Idempotent by id: entries the owner already has are
    /// left as they are; all new entries are added at once, or none on error.
    /// </summary>
    /// <param name="owner">Whose journal receives the entries.</param>
    /// <param name="export">The document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many entries were added and how many were already there.</returns>
    Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default);
}
