namespace Empathy.Samples.Web.TimeZones;

/// <summary>
/// The time zone a person last chose on a form, kept in the cookie <see cref="CookieName"/> (HttpOnly,
/// SameSite=Lax, Secure over HTTPS, one year from the host's <see cref="TimeProvider"/>); UTC when none was chosen or the cookie names no zone offered.
/// </summary>
public static class RememberedTimeZone
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "Empathy.TimeZone";

    private const string ItemKey = "Empathy.TimeZone.Chosen";

    /// <summary>The zone remembered for this request (one chosen in this very request wins over the cookie).</summary>
    public static TimeZoneInfo Of(HttpContext context) =>
        context.Items[ItemKey] as TimeZoneInfo ?? TimeZoneChoices.Find(context.Request.Cookies[CookieName]) ?? TimeZoneInfo.Utc;

    /// <summary>How this request's pages show moments.</summary>
    public static ZonedTimes Times(HttpContext context) => new(Of(context));

    /// <summary>
    /// Reads the zone a form sent (an id not offered adds an error under <c>timeZone</c> and gives UTC, with nothing
    /// remembered) and remembers a good one.
    /// </summary>
    public static TimeZoneInfo Choose(HttpContext context, string? id, Dictionary<string, string[]> errors)
    {
        if (TimeZoneChoices.Read(id, errors) is not { } zone)
        {
            return TimeZoneInfo.Utc;
        }

        Remember(context, zone);
        return zone;
    }

    /// <summary>Remembers <paramref name="zone"/> for the next pages and forms.</summary>
    public static void Remember(HttpContext context, TimeZoneInfo zone)
    {
        context.Items[ItemKey] = zone;

        // The host's clock (a static helper has no constructor to take it), so the year is counted from the host's now.
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Response.Cookies.Append(CookieName, ZonedTimes.IdOf(zone), new CookieOptions
        {
            Expires = now.AddYears(1), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true, Secure = context.Request.IsHttps,
        });
    }
}
