using Empathy.Core.Storage.Cursors;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// The continuation tokens of practice listings, shared by the stores so each pages the same way: a
/// <see cref="JournalCursor"/> over the row's time and id, marked with the store and the kind so a token is
/// refused by another kind of store, another kind of record or another order.
/// </summary>
/// <remarks>For store implementers; apps see only the opaque token. Thread-safe.</remarks>
public static class PracticeContinuation
{
    /// <summary>The token that continues after <paramref name="last"/>, the last row of a page's span.</summary>
    /// <param name="store">A short mark of the store kind (letters and digits, for example "sql1").</param>
    /// <param name="kind">The kind listed.</param>
    /// <param name="order">The order of the listing.</param>
    /// <param name="last">The last row of the page (tampered or not).</param>
    public static string After(string store, PracticeKind kind, JournalOrder order, SealedPracticeRow last)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(last);
        return new JournalCursor(order, last.AtUtcTicks, last.Id).Encode(Mark(store, kind));
    }

    /// <summary>Reads a token made by <see cref="After"/> for the same store kind, record kind and order.</summary>
    /// <param name="token">The continuation the app passed back.</param>
    /// <param name="store">The mark the store encodes with.</param>
    /// <param name="kind">The kind listed.</param>
    /// <param name="order">The order of the query.</param>
    /// <exception cref="ArgumentException">The token was not issued by this kind of store for this kind and order (parameter name <c>query</c>).</exception>
    public static JournalCursor Decode(string token, string store, PracticeKind kind, JournalOrder order)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return JournalCursor.Decode(token, Mark(store, kind), order);
    }

    /// <summary>Whether <paramref name="row"/> comes after <paramref name="cursor"/> in its order (belongs on the next page).</summary>
    /// <param name="cursor">Where the previous page ended.</param>
    /// <param name="row">A row of the listing.</param>
    public static bool IsAfter(JournalCursor cursor, SealedPracticeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var comparison = JournalCursor.Compare(row.AtUtcTicks, row.Id, cursor.FeltAtUtcTicks, cursor.EntryId);
        return cursor.Order == JournalOrder.OldestFirst ? comparison > 0 : comparison < 0;
    }

    private static string Mark(string store, PracticeKind kind) => $"{store}.{kind.Name}";
}
