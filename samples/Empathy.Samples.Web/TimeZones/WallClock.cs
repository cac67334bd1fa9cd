using System.Globalization;

namespace Empathy.Samples.Web.TimeZones;

/// <summary>
/// Turns a wall-clock time typed in a zone into a moment. A time the clocks skip (the spring change) is refused
/// with a message naming the change; a time that happens twice (the autumn change) is the first of the two. A time
/// whose moment falls outside what <see cref="DateTimeOffset"/> holds (years 1 to 9999 in UTC, so the calendar's
/// first hours in a zone ahead of UTC, or its last in one behind) is refused too, instead of failing.
/// </summary>
public static class WallClock
{
    /// <summary>The moment <paramref name="local"/> names in <paramref name="zone"/>, with the zone's offset then; or <see langword="null"/> and an error when the clocks skip it or it is outside the calendar.</summary>
    public static DateTimeOffset? Moment(DateTime local, TimeZoneInfo zone, out string? error)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var gapStart = local;
            while (zone.IsInvalidTime(gapStart.AddMinutes(-1)))
            {
                gapStart = gapStart.AddMinutes(-1);
            }

            var gapEnd = local;
            while (zone.IsInvalidTime(gapEnd))
            {
                gapEnd = gapEnd.AddMinutes(1);
            }

            error = $"There is no {Text(local, "HH:mm")} on {Text(local, "yyyy-MM-dd")} in {ZonedTimes.IdOf(zone)}: the clocks go forward from {Text(gapStart, "HH:mm")} to {Text(gapEnd, "HH:mm")} that night. Choose a time before {Text(gapStart, "HH:mm")} or from {Text(gapEnd, "HH:mm")} on.";
            return null;
        }

        error = null;
        // Of the two offsets of a repeated hour, the larger is the earlier moment (before the clocks go back).
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        if (!InCalendar(local, offset))
        {
            error = OutsideCalendar(Text(local, "yyyy-MM-dd HH:mm"), zone);
            return null;
        }

        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// The last moment of <paramref name="day"/> in <paramref name="zone"/> (just before the next day starts there); or
    /// <see langword="null"/> and an error for a day with no next one in the calendar (9999-12-31).
    /// </summary>
    public static DateTimeOffset? EndOfDay(DateOnly day, TimeZoneInfo zone, out string? error)
    {
        if (day == DateOnly.MaxValue)
        {
            error = OutsideCalendar(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), zone);
            return null;
        }

        var next = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(next))
        {
            next = next.AddMinutes(1); // a zone whose clocks skip midnight starts the day later
        }

        var offset = zone.IsAmbiguousTime(next) ? zone.GetAmbiguousTimeOffsets(next).Max() : zone.GetUtcOffset(next);
        if (!InCalendar(next, offset))
        {
            error = OutsideCalendar(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), zone);
            return null;
        }

        error = null;
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(next, offset).AddTicks(-1), zone);
    }

    // Whether local - offset is a UTC time DateTimeOffset can hold.
    private static bool InCalendar(DateTime local, TimeSpan offset)
    {
        var utc = local.Ticks - offset.Ticks;
        return utc >= DateTime.MinValue.Ticks && utc <= DateTime.MaxValue.Ticks;
    }

    private static string OutsideCalendar(string typed, TimeZoneInfo zone) =>
        $"{typed} is outside the dates this site keeps (from the year 1 to 9999, counted in UTC; here in {ZonedTimes.IdOf(zone)}).";

    private static string Text(DateTime at, string format) => at.ToString(format, CultureInfo.InvariantCulture);
}
