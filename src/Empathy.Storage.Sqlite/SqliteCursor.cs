using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Empathy.Core.Storage;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// Where a page of <see cref="SqliteJournalStore"/> ended: the last row's <c>felt_at</c> (UTC ticks) and
/// id, the keys the time index sorts by. An opaque base64url token.
/// </summary>
internal readonly record struct SqliteCursor(JournalOrder Order, long FeltAtUtcTicks, string EntryId)
{
    private const string Prefix = "sql1";

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}|{(int)Order}|{FeltAtUtcTicks}|{EntryId}")));

    public static SqliteCursor Decode(string token, JournalOrder expectedOrder)
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
            && Guid.TryParseExact(id, "D", out _))
        {
            if ((JournalOrder)orderValue != expectedOrder)
            {
                throw new ArgumentException($"The continuation was issued for {(JournalOrder)orderValue} order; this query asks for {expectedOrder}. Keep the query the same while paging.", "query");
            }

            return new SqliteCursor(expectedOrder, tickValue, id);
        }

        throw new ArgumentException("The continuation is not one this store issued. Pass the Continuation of the previous page unchanged, or null for the first page.", "query");
    }
}
