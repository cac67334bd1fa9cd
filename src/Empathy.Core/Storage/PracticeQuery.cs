using Empathy.Core.Utils;

namespace Empathy.Core.Storage;

/// <summary>
/// Which of an owner's records of one kind to list: a time range on <see cref="Empathy.Core.Storage.Practice.PracticeRecord{T}.At"/>, an
/// order, and one page of results at a time (the same rules as <see cref="JournalQuery"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. Instants are compared in UTC, whatever their offset.
/// A range whose <see cref="From"/> is not before <see cref="To"/> matches nothing. To read the next page,
/// pass the previous page's <see cref="Empathy.Core.Storage.Practice.PracticePage{T}.Continuation"/> with the same query:
/// <c>query with { Continuation = page.Continuation }</c>.
/// </remarks>
public sealed record PracticeQuery
{
    /// <summary>The page size used when none is given.</summary>
    public const int DefaultPageSize = JournalQuery.DefaultPageSize;

    /// <summary>The largest page a store returns in one call.</summary>
    public const int MaxPageSize = JournalQuery.MaxPageSize;

    /// <summary>Every record, oldest first, in pages of <see cref="DefaultPageSize"/>.</summary>
    public static PracticeQuery All { get; } = new();

    /// <summary>Only records at or after this instant; <see langword="null"/> for no lower bound.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only records strictly before this instant; <see langword="null"/> for no upper bound.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>The order of the results (by <see cref="Empathy.Core.Storage.Practice.PracticeRecord{T}.At"/>, then id). Default <see cref="JournalOrder.OldestFirst"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="JournalOrder"/>.</exception>
    public JournalOrder Order
    {
        get;
        init => field = Guard.Defined(value, nameof(Order), "orders (oldest first, newest first)");
    }

    /// <summary>How many records a page holds at most, 1 to <see cref="MaxPageSize"/>. Default <see cref="DefaultPageSize"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to <see cref="MaxPageSize"/>.</exception>
    public int PageSize
    {
        get;
        init => field = value is >= 1 and <= MaxPageSize
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PageSize), value, $"Page size must be between 1 and {MaxPageSize}.");
    } = DefaultPageSize;

    /// <summary>
    /// Where to continue: the <see cref="Empathy.Core.Storage.Practice.PracticePage{T}.Continuation"/> of the previous page, or
    /// <see langword="null"/> for the first page. Opaque; valid only for the store that issued it, the same
    /// kind and the same <see cref="Order"/>.
    /// </summary>
    public string? Continuation { get; init; }

    /// <summary>Whether <paramref name="at"/> lies within <see cref="From"/> and <see cref="To"/>.</summary>
    /// <param name="at">A record's <see cref="Empathy.Core.Storage.Practice.PracticeRecord{T}.At"/>.</param>
    public bool IncludesTime(DateTimeOffset at) =>
        (From is not { } from || at >= from) && (To is not { } to || at < to);
}
