using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Empathy.Core.Journal;

namespace Empathy.Core.Storage.Cursors;

/// <summary>
/// Where a page of a journal store ended: the last row's felt-at instant (UTC ticks) and id, the keys
/// every journal store sorts by. Shared by the stores so each pages the same way; apps see only the
/// opaque token from <see cref="Encode"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The id is kept as the text stored with the row, not as a
/// <see cref="JournalEntryId"/>: a row whose id column was changed outside the library can still end a
/// page without making the next page unreadable. Ids compare ordinally, as SQL's <c>ORDER BY id</c> does
/// for the text a store writes.
/// </remarks>
/// <param name="Order">The order the page was listed in.</param>
/// <param name="FeltAtUtcTicks">The last row's felt-at instant, in UTC ticks.</param>
/// <param name="EntryId">The last row's id as stored.</param>
public readonly record struct JournalCursor(JournalOrder Order, long FeltAtUtcTicks, string EntryId)
{
    /// <summary>The cursor after <paramref name="entry"/>.</summary>
    /// <param name="order">The order of the listing.</param>
    /// <param name="entry">The last entry of the page.</param>
    public static JournalCursor After(JournalOrder order, JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(order, entry.FeltAt.UtcTicks, entry.Id.ToString());
    }

    /// <summary>The opaque base64url token, marked with <paramref name="store"/> so another kind of store refuses it.</summary>
    /// <param name="store">A short mark of the store kind that issues the token (letters and digits, for example "sql1").</param>
    public string Encode(string store) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{store}|{(int)Order}|{FeltAtUtcTicks}|{EntryId}")));

    /// <summary>Reads a token made by <see cref="Encode"/> for the same store kind and order.</summary>
    /// <param name="token">The continuation the app passed back.</param>
    /// <param name="store">The mark the store encodes with.</param>
    /// <param name="expectedOrder">The order of the query the token is passed with.</param>
    /// <exception cref="ArgumentException">The token was not issued by this kind of store, or for another order (parameter name <c>query</c>).</exception>
    public static JournalCursor Decode(string token, string store, JournalOrder expectedOrder)
    {
        ArgumentNullException.ThrowIfNull(token);
        string[] parts;
        try
        {
            // At most four parts: a stored id that holds '|' stays in the last one.
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|', 4);
        }
        catch (FormatException)
        {
            parts = [];
        }

        if (parts is [var mark, var order, var ticks, { Length: > 0 } id]
            && mark == store
            && int.TryParse(order, NumberStyles.None, CultureInfo.InvariantCulture, out var orderValue)
            && long.TryParse(ticks, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var tickValue))
        {
            if ((JournalOrder)orderValue != expectedOrder)
            {
                throw new ArgumentException($"The continuation was issued for {(JournalOrder)orderValue} order; this query asks for {expectedOrder}. Keep the query the same while paging.", "query");
            }

            return new JournalCursor(expectedOrder, tickValue, id);
        }

        throw new ArgumentException("The continuation is not one this store issued. Pass the Continuation of the previous page unchanged, or null for the first page.", "query");
    }

    /// <summary>Compares two rows by the list sort keys (felt-at, then id ordinally), ascending.</summary>
    /// <param name="leftTicks">The first row's felt-at ticks.</param>
    /// <param name="leftId">The first row's id.</param>
    /// <param name="rightTicks">The second row's felt-at ticks.</param>
    /// <param name="rightId">The second row's id.</param>
    public static int Compare(long leftTicks, string leftId, long rightTicks, string rightId)
    {
        var byTime = leftTicks.CompareTo(rightTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(leftId, rightId);
    }

    /// <summary>Whether <paramref name="entry"/> comes after this cursor in its order (belongs on the next page).</summary>
    /// <param name="entry">An entry of the listing.</param>
    public bool IsBefore(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var comparison = Compare(entry.FeltAt.UtcTicks, entry.Id.ToString(), FeltAtUtcTicks, EntryId);
        return Order == JournalOrder.OldestFirst ? comparison > 0 : comparison < 0;
    }
}
