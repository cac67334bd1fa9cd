using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>One page of entries listed by <see cref="IJournalStore.ListAsync"/>.</summary>
/// <remarks>Immutable and thread-safe. Equality compares every member, lists by their items.</remarks>
public sealed record JournalPage
{
    /// <summary>The entries on this page, in the query's order.</summary>
    public required IReadOnlyList<JournalEntry> Entries
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Entries));
            if (value.Any(e => e is null))
            {
                throw new ArgumentException("Entries must not contain null.", nameof(Entries));
            }

            field = [.. value];
        }
    }

    /// <summary>
    /// Entries in this page's span that failed their integrity check and were left out: their stored data
    /// was changed outside the library. Reading one with <see cref="IJournalStore.GetAsync"/> throws
    /// <see cref="JournalEntryTamperedException"/>. Empty when nothing was wrong.
    /// </summary>
    public IReadOnlyList<JournalEntryId> TamperedEntryIds
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(TamperedEntryIds));
            field = [.. value];
        }
    } = [];

    /// <summary>
    /// Rows in this page's span whose id column holds something that is not an entry id (changed outside
    /// the library), named by that raw text and left out. Empty when nothing was wrong.
    /// </summary>
    public IReadOnlyList<string> UnreadableRowIds
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(UnreadableRowIds));
            field = [.. value];
        }
    } = [];

    /// <summary>Whether every row in this page's span passed its integrity check.</summary>
    public bool IsIntact => TamperedEntryIds.Count == 0 && UnreadableRowIds.Count == 0;

    /// <summary>
    /// Pass this as <see cref="JournalQuery.Continuation"/> to read the next page; <see langword="null"/>
    /// when this is the last page.
    /// </summary>
    public string? Continuation { get; init; }

    /// <summary>Whether another page follows.</summary>
    public bool HasMore => Continuation is not null;

    /// <inheritdoc />
    public bool Equals(JournalPage? other) =>
        other is not null
        && Entries.SequenceEqual(other.Entries)
        && TamperedEntryIds.SequenceEqual(other.TamperedEntryIds)
        && UnreadableRowIds.SequenceEqual(other.UnreadableRowIds)
        && Continuation == other.Continuation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Entries.Count, TamperedEntryIds.Count, Continuation);
}
