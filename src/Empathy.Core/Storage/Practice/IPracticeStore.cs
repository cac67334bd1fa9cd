namespace Empathy.Core.Storage.Practice;

/// <summary>
/// Keeps an owner's practice records (relationships, the energy tank, inner critics, boundary maps, exercise
/// responses, self-empathy notes), for many owners, each of whom can reach only their own records.
/// </summary>
/// <remarks>
/// <para>
/// The companion of <see cref="IJournalStore"/>: the same store object implements both (the in-memory store,
/// the SQLite store), so one registration serves an app's whole domain. Every member is asynchronous, takes the
/// owner and a <see cref="CancellationToken"/>, and is safe to call from many threads at once. Encrypted stores
/// seal every record as they seal journal entries: only the owner, kind name, id, time, schema version and key
/// id are kept in clear.
/// </para>
/// <para>
/// Records are addressed by (owner, kind, id). A record that belongs to another owner is indistinguishable from
/// one that does not exist: reading, updating or deleting it throws <see cref="PracticeRecordNotFoundException"/>,
/// listing and exporting never include it, and adding the same id under another owner is no conflict.
/// </para>
/// <para>
/// Errors: <see cref="ArgumentException"/> for a default owner, a default id, a <see langword="null"/> argument, a
/// kind that is not one of <see cref="PracticeKinds"/>, a model its kind refuses or a record over
/// <see cref="PracticeKind.MaxRecordBytes"/> (nothing is written); <see cref="PracticeRecordNotFoundException"/>,
/// <see cref="DuplicatePracticeRecordException"/>, <see cref="PracticeRecordTamperedException"/> when a store that
/// checks integrity finds stored data was changed, and <see cref="OperationCanceledException"/>.
/// </para>
/// </remarks>
public interface IPracticeStore
{
    /// <summary>Adds a new record.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="owner">Whose records.</param>
    /// <param name="kind">The kind, one of <see cref="PracticeKinds"/>.</param>
    /// <param name="record">The record; its id must be new for this owner and kind.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written if it is cancelled before the write starts.</param>
    /// <exception cref="DuplicatePracticeRecordException">The owner already has a record of this kind with this id.</exception>
    Task AddAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Replaces an existing record with a new version of it (same kind and id; the time may change).</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="owner">Whose records.</param>
    /// <param name="kind">The kind, one of <see cref="PracticeKinds"/>.</param>
    /// <param name="record">The new version.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PracticeRecordNotFoundException">The owner has no record of this kind with this id.</exception>
    Task UpdateAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Reads one record.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="owner">Whose records.</param>
    /// <param name="kind">The kind, one of <see cref="PracticeKinds"/>.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record as last written, migrated to the kind's current schema.</returns>
    /// <exception cref="PracticeRecordNotFoundException">The owner has no record of this kind with this id.</exception>
    /// <exception cref="PracticeRecordTamperedException">The stored record failed its integrity check.</exception>
    Task<PracticeRecord<T>> GetAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecordId id, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Lists one page of the owner's records of <paramref name="kind"/> that match <paramref name="query"/>.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="owner">Whose records.</param>
    /// <param name="kind">The kind, one of <see cref="PracticeKinds"/>.</param>
    /// <param name="query">Time range, order, page size and continuation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The page, sorted by <see cref="PracticeRecord{T}.At"/> then id. Records that fail an integrity check are
    /// left out and named in <see cref="PracticePage{T}.TamperedRecordIds"/>, so one damaged record never hides the others.
    /// </returns>
    /// <exception cref="ArgumentException">The continuation was not issued by this store for this kind and order.</exception>
    Task<PracticePage<T>> ListAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeQuery query, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Deletes a record for good.</summary>
    /// <param name="owner">Whose records.</param>
    /// <param name="kind">The kind, one of <see cref="PracticeKinds"/>.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PracticeRecordNotFoundException">The owner has no record of this kind with this id.</exception>
    Task DeleteAsync(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exports every practice record of the owner, every kind, oldest first, as a versioned document. Call it only
    /// when the owner asks: the document holds the private text in clear (write it with <see cref="PracticeExportJson"/>,
    /// or the whole owner's data with <see cref="OwnerDataExportJson"/>).
    /// </summary>
    /// <param name="owner">Whose records.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="PracticeRecordTamperedException">Records failed their integrity check (all are named); read the others with <see cref="ListAsync{T}"/>.</exception>
    Task<PracticeExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports a document made by <see cref="ExportAsync"/> (possibly by another store or an older version).
    /// Idempotent by (kind, id): records the owner already has are left as they are; all new records are added
    /// at once, or none on error.
    /// </summary>
    /// <param name="owner">Whose records receive the document.</param>
    /// <param name="export">The document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many records were added and how many were already there.</returns>
    /// <exception cref="ArgumentException">A record of the document is refused by its kind or is too large; nothing was added.</exception>
    Task<PracticeImportResult> ImportAsync(JournalOwnerId owner, PracticeExport export, CancellationToken cancellationToken = default);
}
