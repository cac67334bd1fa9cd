using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// An add named an id the owner already has (or named the same id twice in one batch). Ids are unique
/// per owner; another owner's entry with the same id is no conflict and is never revealed.
/// </summary>
public sealed class DuplicateJournalEntryException : JournalStoreException
{
    /// <summary>Creates the exception for <paramref name="entryId"/>.</summary>
    /// <param name="entryId">The id that already exists.</param>
    public DuplicateJournalEntryException(JournalEntryId entryId)
        : base($"A journal entry with id {entryId} already exists for this owner. Use UpdateAsync to change it, or give the new entry a new id (JournalEntryId.New()).")
    {
        EntryId = entryId;
    }

    /// <summary>The id that already exists.</summary>
    public JournalEntryId EntryId { get; }
}
