using System.Globalization;

namespace Empathy.Samples.Web.TimeZones;

/// <summary>Shows moments as wall-clock time in one zone. Immutable.</summary>
/// <param name="Zone">The zone.</param>
public sealed record ZonedTimes(TimeZoneInfo Zone)
{
    /// <summary>The zone's IANA id, as the pages name it ("Europe/Madrid", "UTC").</summary>
    public string Name => IdOf(Zone);

    /// <summary>The moment to the minute in the zone ("2026-01-15 10:00").</summary>
    public string Minute(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The moment's day in the zone ("2026-01-15").</summary>
    public string Day(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The moment to the minute, saying the zone ("2026-01-15 10:00 (Europe/Madrid)").</summary>
    public string WithZone(DateTimeOffset at) => $"{Minute(at)} ({Name})";

    /// <summary>The moment for a <c>time</c> element's <c>datetime</c> attribute: round-trip form, in UTC.</summary>
    public static string Machine(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The IANA id of a zone (UTC as "UTC").</summary>
    public static string IdOf(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc || zone.Id is "Etc/UTC" ? "UTC" : zone.Id;

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);
}
