using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// The checks every <see cref="IJournalStore.AddRangeAsync"/> makes before it writes anything, written once so
/// that every store (SQLite, PostgreSQL, an app's own) refuses a bad batch with the same errors.
/// </summary>
public static class JournalBatch
{
    /// <summary>Throws when <paramref name="owner"/> names nobody or <paramref name="entries"/> is no valid batch of new entries.</summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="entries">The entries to add.</param>
    /// <exception cref="ArgumentException">The owner is the default value, or the batch contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="DuplicateJournalEntryException">An id appears twice in the batch.</exception>
    public static void Validate(JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => e is null))
        {
            throw new ArgumentException("Entries must not contain null.", nameof(entries));
        }

        var seen = new HashSet<JournalEntryId>();
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.Id))
            {
                throw new DuplicateJournalEntryException(entry.Id);
            }
        }
    }
}
