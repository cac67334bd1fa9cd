using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// One or more stored entries failed their integrity check: their stored bytes were changed outside
/// the library, or were moved from another entry or owner. Their content cannot be trusted, so it is
/// not returned. Other entries are not affected and stay readable.
/// </summary>
public sealed class JournalEntryTamperedException : JournalStoreException
{
    /// <summary>Creates the exception for one entry.</summary>
    /// <param name="entryId">The entry that failed its check.</param>
    /// <param name="detail">What failed, without any private text.</param>
    /// <param name="innerException">The cryptographic error, if any.</param>
    public JournalEntryTamperedException(JournalEntryId entryId, string detail, Exception? innerException = null)
        : this([entryId], detail, innerException)
    {
    }

    /// <summary>Creates the exception for several entries.</summary>
    /// <param name="entryIds">The entries that failed their check; at least one.</param>
    /// <param name="detail">What failed, without any private text.</param>
    /// <param name="innerException">The cryptographic error, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="entryIds"/> is empty.</exception>
    public JournalEntryTamperedException(IReadOnlyList<JournalEntryId> entryIds, string detail, Exception? innerException = null)
        : base(Describe(entryIds, detail), innerException)
    {
        EntryIds = [.. entryIds];
    }

    /// <summary>The first entry that failed its check.</summary>
    public JournalEntryId EntryId => EntryIds[0];

    /// <summary>Every entry that failed its check.</summary>
    public IReadOnlyList<JournalEntryId> EntryIds { get; }

    private static string Describe(IReadOnlyList<JournalEntryId> entryIds, string detail)
    {
        ArgumentNullException.ThrowIfNull(entryIds);
        if (entryIds.Count == 0)
        {
            throw new ArgumentException("Name at least one tampered entry.", nameof(entryIds));
        }

        var which = entryIds.Count == 1
            ? $"Journal entry {entryIds[0]} failed"
            : $"{entryIds.Count} journal entries failed ({string.Join(", ", entryIds.Take(5))}{(entryIds.Count > 5 ? ", ..." : "")})";
        return $"{which} the integrity check: {detail} The stored data was changed outside this library or moved from another entry or owner, so it is not returned. Other entries are not affected.";
    }
}
