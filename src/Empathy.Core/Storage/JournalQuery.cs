using Empathy.Core.Journal;
using Empathy.Core.Utils;

namespace Empathy.Core.Storage;

/// <summary>
/// Which of an owner's entries to list: a time range on <see cref="JournalEntry.FeltAt"/>, an optional tag,
/// an order, and one page of results at a time.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. Instants are compared in UTC, whatever their offset.
/// A range whose <see cref="From"/> is not before <see cref="To"/> matches nothing. To read the next page,
/// pass the previous page's <see cref="JournalPage.Continuation"/> with the same query:
/// <c>query with { Continuation = page.Continuation }</c>.
/// </remarks>
public sealed record JournalQuery
{
    /// <summary>The page size used when none is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page a store returns in one call.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Only entries felt at or after this instant; <see langword="null"/> for no lower bound.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only entries felt strictly before this instant; <see langword="null"/> for no upper bound.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// Only entries with this tag; trimmed and lower-cased like <see cref="JournalEntry.Tags"/>, at most
    /// <see cref="JournalEntry.MaxTagLength"/> characters; <see langword="null"/> for any tags.
    /// </summary>
    /// <remarks>
    /// An entry written before the limit existed keeps an over-long tag as it was written, but a query cannot ask for
    /// that tag; list without a tag to find the entry.
    /// </remarks>
    /// <exception cref="ArgumentException">The tag is empty or white space, or too long.</exception>
    public string? Tag
    {
        get;
        init => field = value is null ? null : Guard.Text(value, JournalEntry.MaxTagLength, "The tag to list by", nameof(Tag), "The tag to list by must not be empty or white space; leave it out for any tags.").ToLowerInvariant();
    }

    /// <summary>The order of the results. Default <see cref="JournalOrder.OldestFirst"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="JournalOrder"/>.</exception>
    public JournalOrder Order
    {
        get;
        init => field = Guard.Defined(value, nameof(Order), "orders (oldest first, newest first)");
    }

    /// <summary>How many entries a page holds at most, 1 to <see cref="MaxPageSize"/>. Default <see cref="DefaultPageSize"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to <see cref="MaxPageSize"/>.</exception>
    public int PageSize
    {
        get;
        init => field = value is >= 1 and <= MaxPageSize
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PageSize), value, $"Page size must be between 1 and {MaxPageSize}.");
    } = DefaultPageSize;

    /// <summary>
    /// Where to continue: the <see cref="JournalPage.Continuation"/> of the previous page, or
    /// <see langword="null"/> for the first page. Opaque; valid only for the store that issued it and
    /// the same <see cref="Order"/>.
    /// </summary>
    public string? Continuation { get; init; }

    /// <summary>Whether <paramref name="feltAt"/> lies within <see cref="From"/> and <see cref="To"/>.</summary>
    /// <param name="feltAt">An entry's <see cref="JournalEntry.FeltAt"/>.</param>
    public bool IncludesTime(DateTimeOffset feltAt) =>
        (From is not { } from || feltAt >= from) && (To is not { } to || feltAt < to);
}
