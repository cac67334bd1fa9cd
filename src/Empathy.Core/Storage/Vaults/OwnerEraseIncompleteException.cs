namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// <see cref="IOwnerVaults.EraseOwnerAsync"/> erased an owner (their records and every wrapping of their
/// keys are deleted, durably: no read, list, export or secret reaches them), but the old bytes are not yet
/// gone from the files on disk: another process held a reader open on the database, so the write-ahead
/// log, which still holds older copies of those pages, could not be copied back and truncated. The store
/// never claims a shredding that did not happen.
/// </summary>
/// <remarks>
/// To finish, close the other reader and call the store's checkpoint (in the SQLite store,
/// <c>CheckpointAsync</c>, which returns <see langword="true"/> once the log is empty), or erase again.
/// The message does not name the owner (messages and logs carry no owner id); <see cref="Owner"/> does.
/// </remarks>
public sealed class OwnerEraseIncompleteException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="owner">The owner who was erased but not yet shredded from disk.</param>
    /// <param name="howToFinish">What to call to finish the shredding.</param>
    public OwnerEraseIncompleteException(JournalOwnerId owner, string howToFinish)
        : base($"The owner's records and keys were erased, but they are not yet shredded from disk: another process holds the database open, so older copies of their pages are still in the write-ahead log. {howToFinish}")
    {
        Owner = owner;
    }

    /// <summary>The owner who was erased but not yet shredded from disk.</summary>
    public JournalOwnerId Owner { get; }
}
