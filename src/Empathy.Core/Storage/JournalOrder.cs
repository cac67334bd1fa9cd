namespace Empathy.Core.Storage;

/// <summary>The order in which <see cref="IJournalStore.ListAsync"/> returns entries, by when they were felt.</summary>
public enum JournalOrder
{
    /// <summary>Earliest <see cref="Journal.JournalEntry.FeltAt"/> first (ties broken by id).</summary>
    OldestFirst,

    /// <summary>Latest <see cref="Journal.JournalEntry.FeltAt"/> first (ties broken by id, descending).</summary>
    NewestFirst,
}
