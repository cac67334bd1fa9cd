using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// An entry was deleted (it is gone from every read, list and export, and the deletion is durable), but
/// its old bytes could not yet be erased from the files on disk: another process held a reader open on
/// the journal, so the write-ahead log could not be copied back and truncated. The store never claims an
/// erase that did not happen.
/// </summary>
/// <remarks>
/// To finish the erase later, close the other reader and call the store's checkpoint (in the SQLite store,
/// <c>CheckpointAsync</c>, which returns <see langword="true"/> once the log is empty), or retry.
/// </remarks>
public sealed class JournalEraseIncompleteException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entryId">The entry that was deleted but not yet erased.</param>
    /// <param name="howToFinish">What to call to finish the erase.</param>
    public JournalEraseIncompleteException(JournalEntryId entryId, string howToFinish)
        : base($"Journal entry {entryId} was deleted, but it is not yet erased from disk: another process holds the journal open, so older copies of its pages are still in the write-ahead log. {howToFinish}")
    {
        EntryId = entryId;
    }

    /// <summary>The entry that was deleted but not yet erased.</summary>
    public JournalEntryId EntryId { get; }
}
