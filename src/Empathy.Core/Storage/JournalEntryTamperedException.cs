using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// One or more stored entries failed their integrity check: their stored bytes were changed outside
/// the library, or were moved from another entry or owner. Their content cannot be trusted, so it is
/// not returned. Other entries are not affected and stay readable.
/// </summary>
/// <remarks>
/// An entry is named by its id (<see cref="EntryIds"/>); a row whose id column no longer holds an entry id
/// at all is named by the text found there (<see cref="UnreadableRowIds"/>).
/// </remarks>
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
        : this(entryIds, [], detail, innerException)
    {
    }

    /// <summary>Creates the exception for entries and for rows whose id column is not an entry id.</summary>
    /// <param name="entryIds">The entries that failed their check.</param>
    /// <param name="unreadableRowIds">The raw id text of rows that cannot even be named as entries.</param>
    /// <param name="detail">What failed, without any private text.</param>
    /// <param name="innerException">The cryptographic error, if any.</param>
    /// <exception cref="ArgumentException">Both lists are empty.</exception>
    public JournalEntryTamperedException(IReadOnlyList<JournalEntryId> entryIds, IReadOnlyList<string> unreadableRowIds, string detail, Exception? innerException = null)
        : base(Describe(entryIds, unreadableRowIds, detail), innerException)
    {
        EntryIds = [.. entryIds];
        UnreadableRowIds = [.. unreadableRowIds];
    }

    /// <summary>The first entry that failed its check; <see langword="default"/> when only <see cref="UnreadableRowIds"/> are named.</summary>
    public JournalEntryId EntryId => EntryIds.Count > 0 ? EntryIds[0] : default;

    /// <summary>Every entry that failed its check.</summary>
    public IReadOnlyList<JournalEntryId> EntryIds { get; }

    /// <summary>Rows whose id column holds something that is not an entry id, named by that raw text.</summary>
    public IReadOnlyList<string> UnreadableRowIds { get; }

    private static string Describe(IReadOnlyList<JournalEntryId> entryIds, IReadOnlyList<string> unreadableRowIds, string detail)
    {
        ArgumentNullException.ThrowIfNull(entryIds);
        ArgumentNullException.ThrowIfNull(unreadableRowIds);
        var names = entryIds.Select(id => id.ToString()).Concat(unreadableRowIds.Select(raw => $"row with id '{Printable(raw)}'")).ToList();
        if (names.Count == 0)
        {
            throw new ArgumentException("Name at least one tampered entry.", nameof(entryIds));
        }

        var which = names.Count == 1
            ? $"Journal entry {names[0]} failed"
            : $"{names.Count} journal entries failed ({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", ..." : "")})";
        return $"{which} the integrity check: {detail} The stored data was changed outside this library or moved from another entry or owner, so it is not returned. Other entries are not affected.";
    }

    // A changed id column can hold anything; keep the message one short, printable line.
    private static string Printable(string raw)
    {
        var clean = new string([.. raw.Take(64).Select(c => char.IsControl(c) ? '?' : c)]);
        return raw.Length > 64 ? clean + "..." : clean;
    }
}
