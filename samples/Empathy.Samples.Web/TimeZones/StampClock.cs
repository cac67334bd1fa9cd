using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.TimeZones;

/// <summary>
/// The "now" a new record is stamped with. On a page it is the instant with the offset of the zone the person chose
/// (<see cref="RememberedTimeZone"/>), so the record itself reads as their time; for the JSON API, and outside a
/// request, it is UTC as it always was (a program sends its own moments, with their offsets). Scoped: one per request.
/// </summary>
public sealed class StampClock(TimeProvider time, IHttpContextAccessor requests)
{
    /// <summary>Now: the same instant whichever zone, with the chosen zone's offset on a page and UTC's elsewhere.</summary>
    public DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return requests.HttpContext is { } context && IsPage(context) ? TimeZoneInfo.ConvertTime(now, RememberedTimeZone.Of(context)) : now;
    }

    // The endpoint, not the address, says what the request is: a Razor page carries its page descriptor.
    private static bool IsPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;
}
