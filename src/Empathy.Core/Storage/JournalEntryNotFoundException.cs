using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// No entry with the id exists for the owner named in the call. An entry that belongs to another owner
/// is reported the same way, so a caller learns nothing about other people's journals.
/// </summary>
public sealed class JournalEntryNotFoundException : JournalStoreException
{
    /// <summary>Creates the exception for <paramref name="entryId"/>.</summary>
    /// <param name="entryId">The id that was asked for.</param>
    public JournalEntryNotFoundException(JournalEntryId entryId)
        : base($"No journal entry with id {entryId} exists for this owner.")
    {
        EntryId = entryId;
    }

    /// <summary>The id that was asked for.</summary>
    public JournalEntryId EntryId { get; }
}
