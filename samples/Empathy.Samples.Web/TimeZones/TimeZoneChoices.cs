namespace Empathy.Samples.Web.TimeZones;

/// <summary>The time zones the forms offer, by IANA id ("Europe/Madrid"), UTC first. Immutable, safe to share.</summary>
public static class TimeZoneChoices
{
    private static readonly Lazy<IReadOnlyDictionary<string, TimeZoneInfo>> Zones = new(Load);

    /// <summary>The ids offered, UTC first, then in order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Zones.Value.Keys.Order(StringComparer.Ordinal).OrderBy(id => id != "UTC")];

    /// <summary>The zone with that id, or <see langword="null"/> when the site does not offer it.</summary>
    public static TimeZoneInfo? Find(string? id) => id is not null && Zones.Value.TryGetValue(id.Trim(), out var zone) ? zone : null;

    /// <summary>Reads a posted zone id: empty means UTC; an id not offered adds an error under <c>timeZone</c>.</summary>
    public static TimeZoneInfo? Read(string? id, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        if (Find(id) is { } zone)
        {
            return zone;
        }

        errors["timeZone"] = [$"'{id.Trim()}' is not a time zone this site knows; choose one from the list."];
        return null;
    }

    private static Dictionary<string, TimeZoneInfo> Load()
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal) { ["UTC"] = TimeZoneInfo.Utc };
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Windows names its zones its own way; the pages always speak IANA ids.
            var id = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
            if (id is not null && id.Contains('/', StringComparison.Ordinal))
            {
                zones.TryAdd(id, zone);
            }
        }

        return zones;
    }
}
