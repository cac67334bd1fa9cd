using System.Globalization;

namespace Empathy.Samples.Web.Data;

/// <summary>"1 journal entry", "3 journal entries": the data page's counts in words.</summary>
internal static class Counted
{
    public static string Of(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
