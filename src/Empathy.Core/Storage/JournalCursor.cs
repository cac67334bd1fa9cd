using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// Where a page of <see cref="InMemoryJournalStore"/> ended: the last entry's felt-at instant (UTC ticks)
/// and id, the keys entries are sorted by. Encoded as an opaque base64url token.
/// </summary>
internal readonly record struct JournalCursor(JournalOrder Order, long FeltAtUtcTicks, JournalEntryId Id)
{
    private const string Prefix = "mem1";

    public static JournalCursor After(JournalOrder order, JournalEntry entry) => new(order, entry.FeltAt.UtcTicks, entry.Id);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}|{(int)Order}|{FeltAtUtcTicks}|{Id}")));

    public static JournalCursor Decode(string token, JournalOrder expectedOrder)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
        }
        catch (FormatException)
        {
            parts = [];
        }

        if (parts is [Prefix, var order, var ticks, var id]
            && int.TryParse(order, NumberStyles.None, CultureInfo.InvariantCulture, out var orderValue)
            && long.TryParse(ticks, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var tickValue)
            && JournalEntryId.TryParse(id, out var entryId))
        {
            if ((JournalOrder)orderValue != expectedOrder)
            {
                throw new ArgumentException($"The continuation was issued for {(JournalOrder)orderValue} order; this query asks for {expectedOrder}. Keep the query the same while paging.", "query");
            }

            return new JournalCursor(expectedOrder, tickValue, entryId);
        }

        throw new ArgumentException("The continuation is not one this store issued. Pass the Continuation of the previous page unchanged, or null for the first page.", "query");
    }

    /// <summary>Compares two entries by the list sort keys, ascending.</summary>
    public static int Compare(long leftTicks, JournalEntryId leftId, long rightTicks, JournalEntryId rightId)
    {
        var byTime = leftTicks.CompareTo(rightTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(leftId.ToString(), rightId.ToString());
    }

    /// <summary>Whether <paramref name="entry"/> comes after this cursor in its order.</summary>
    public bool IsBefore(JournalEntry entry)
    {
        var comparison = Compare(entry.FeltAt.UtcTicks, entry.Id, FeltAtUtcTicks, Id);
        return Order == JournalOrder.OldestFirst ? comparison > 0 : comparison < 0;
    }
}
