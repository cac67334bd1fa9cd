using Empathy.Samples.Web.TimeZones;
using Empathy.Samples.Web.Tests.Support;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// The cookies that remember a visitor's choices (the language switch, the time zone) last one year from the host's
/// own clock, the registered <see cref="TimeProvider"/>, so a test or a host that sets "now" sets their expiry too.
/// </summary>
public sealed class RememberedChoiceCookieExpiryTests
{
    // Far from the machine's clock, so an expiry counted from the system clock cannot pass by chance.
    private static readonly DateTimeOffset Now = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public async Task TheLanguageCookie_ExpiresOneYearAfterTheHostsNow()
    {
        using var app = AppAt(Now);

        var response = await Forms.PostAsync(app.NewClient(), "/TimeZone", "/Culture", new Dictionary<string, string> { ["culture"] = "es", ["returnUrl"] = "/" });

        Forms.AssertRedirect(response, "/");
        Assert.Equal(Now.AddYears(1), ExpiryOf(response, CookieRequestCultureProvider.DefaultCookieName));
    }

    [Fact]
    public async Task TheTimeZoneCookie_ExpiresOneYearAfterTheHostsNow()
    {
        using var app = AppAt(Now);

        var response = await Forms.PostAsync(app.NewClient(), "/TimeZone", "/TimeZone", new Dictionary<string, string> { ["TimeZone"] = "Europe/Madrid", ["returnUrl"] = "/" });

        Forms.AssertRedirect(response, "/");
        Assert.Equal(Now.AddYears(1), ExpiryOf(response, RememberedTimeZone.CookieName));
    }

    private static WebAppFactory AppAt(DateTimeOffset now) =>
        new(services: services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));

    // The one Set-Cookie for the named cookie, read as a header (not through a cookie jar, which would judge the date).
    private static DateTimeOffset? ExpiryOf(HttpResponseMessage response, string name)
    {
        var cookies = SetCookieHeaderValue.ParseList([.. response.Headers.GetValues("Set-Cookie")]);
        return Assert.Single(cookies, c => c.Name.Equals(name, StringComparison.Ordinal)).Expires;
    }
}
