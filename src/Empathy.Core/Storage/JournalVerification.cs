using System.Globalization;
using System.Text;
using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// What an integrity check of one owner's journal found: each row's own check, and whether the owner's
/// row set as a whole is the one the library wrote (nothing deleted, moved, added or rolled back, the
/// tag index unchanged).
/// </summary>
/// <remarks>Immutable and thread-safe. Names entry ids only, never private text. Equality compares every member, lists by their items.</remarks>
public sealed record JournalVerification
{
    /// <summary>How many rows the owner has now.</summary>
    public required long EntryCount { get; init; }

    /// <summary>How many rows the library wrote for the owner, by its keyed digest.</summary>
    public required long ExpectedEntryCount { get; init; }

    /// <summary>Whether the keyed digest of the owner's rows (with their tag index) matches the one kept with every write.</summary>
    public required bool RowSetMatches { get; init; }

    /// <summary>Whether the tag index table exists at all.</summary>
    public bool TagIndexPresent { get; init; } = true;

    /// <summary>Entries that failed their own integrity check.</summary>
    public IReadOnlyList<JournalEntryId> TamperedEntryIds { get; init => field = [.. value ?? throw new ArgumentNullException(nameof(TamperedEntryIds))]; } = [];

    /// <summary>Rows whose id column is not an entry id, by the raw text found there.</summary>
    public IReadOnlyList<string> UnreadableRowIds { get; init => field = [.. value ?? throw new ArgumentNullException(nameof(UnreadableRowIds))]; } = [];

    /// <summary>Whether nothing was wrong.</summary>
    public bool IsIntact => RowSetMatches && TagIndexPresent && TamperedEntryIds.Count == 0 && UnreadableRowIds.Count == 0;

    /// <inheritdoc />
    public bool Equals(JournalVerification? other) =>
        other is not null
        && (EntryCount, ExpectedEntryCount, RowSetMatches, TagIndexPresent) == (other.EntryCount, other.ExpectedEntryCount, other.RowSetMatches, other.TagIndexPresent)
        && TamperedEntryIds.SequenceEqual(other.TamperedEntryIds)
        && UnreadableRowIds.SequenceEqual(other.UnreadableRowIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EntryCount, ExpectedEntryCount, RowSetMatches, TamperedEntryIds.Count);

    /// <summary>One line per finding, or a line that says everything checked out.</summary>
    public string Explain()
    {
        if (IsIntact)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Intact: {EntryCount} entries, each passed its check, and the set of rows is the one this library wrote.");
        }

        var text = new StringBuilder();
        if (!TagIndexPresent)
        {
            text.AppendLine("The tag index table is missing: it was deleted outside this library.");
        }

        if (EntryCount != ExpectedEntryCount)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{ExpectedEntryCount} entries were written but {EntryCount} are there: rows were deleted, moved to or from another owner, or added outside this library.");
        }
        else if (!RowSetMatches && TagIndexPresent)
        {
            text.AppendLine("The set of rows differs from the one this library wrote (same count): a row was swapped, moved, replaced by an older copy, or the tag index was changed.");
        }

        if (TamperedEntryIds.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Entries that failed their own check: {string.Join(", ", TamperedEntryIds)}.");
        }

        if (UnreadableRowIds.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Rows whose id is not an entry id: {string.Join(", ", UnreadableRowIds.Select(id => $"'{id}'"))}.");
        }

        return text.ToString().TrimEnd();
    }
}
