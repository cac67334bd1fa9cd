using System.Globalization;

namespace Empathy.Core.Utils;

/// <summary>A moment in the words of an explanation or an error a person reads, the same everywhere.</summary>
internal static class Moments
{
    /// <summary>
    /// <paramref name="moment"/> in the offset it was given in, to the minute: "1 January 2020, 23:59 +00:00"
    /// (a round-trip timestamp, "2020-01-01T23:59:59.9999999+00:00", is for machines).
    /// </summary>
    public static string InWords(DateTimeOffset moment) => moment.ToString("d MMMM yyyy, HH:mm zzz", CultureInfo.InvariantCulture);
}
