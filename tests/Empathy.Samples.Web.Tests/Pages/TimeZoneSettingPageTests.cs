using System.Net;
using Empathy.Samples.Web.TimeZones;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// The time-zone page (<c>/TimeZone</c>) sets the zone the pages show times in without a time field to type: the same
/// cookie and the same choices as the select beside time fields, linked from every page's header.
/// </summary>
public sealed class TimeZoneSettingPageTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public TimeZoneSettingPageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task ChoosingAZone_RemembersItInTheTimeZoneCookie_AndGoesBackWhereThePersonWas()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await Choose(user.Client, "Europe/Madrid", "/Journal");

        Forms.AssertRedirect(response, "/Journal");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RememberedTimeZone.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("Europe%2FMadrid", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheChosenZone_IsSelectedBesideTimeFields_AndNamedInTheHeader()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await Choose(user.Client, "America/New_York", "/");

        var rule = await user.Client.GetStringAsync("/Boundaries/Rule");

        Assert.Contains("<option value=\"America/New_York\" selected=\"selected\">", rule);
        Assert.Contains("Time zone: America/New_York", await Forms.HtmlAsync(await user.Client.GetAsync("/Journal")));
    }

    [Fact]
    public async Task ThePage_OffersTheSameChoices_AsTheSelectBesideTimeFields_WithTheRememberedOneSelected()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await Choose(user.Client, "Asia/Tokyo", "/");

        var html = await user.Client.GetStringAsync("/TimeZone");

        var select = html[html.IndexOf("<select id=\"timeZone\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];
        Assert.Equal(TimeZoneChoices.Ids.Count, select.Split("<option value=").Length - 1);
        Assert.Contains("<option value=\"Asia/Tokyo\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task AZoneTheSiteDoesNotKnow_IsAFieldError_AndRemembersNothing()
    {
        var client = _app.NewClient();

        var response = await Choose(client, "Mars/Olympus_Mons", "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("'Mars/Olympus_Mons' is not a time zone this site knows; choose one from the list.", Forms.FieldError(await response.Content.ReadAsStringAsync(), "timeZone"));
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(RememberedTimeZone.CookieName + "=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    [InlineData("")]
    public async Task WithoutALocalPageToGoBackTo_ItStaysOnThePage_SayingWhatWasChosen(string returnUrl)
    {
        var client = _app.NewClient();

        var location = Forms.AssertRedirect(await Choose(client, "Europe/Madrid", returnUrl), "/TimeZone");
        var html = await Forms.HtmlAsync(await client.GetAsync(location));

        Assert.Contains("Times are now shown in Europe/Madrid.", html);
    }

    [Fact]
    public async Task EveryPage_LinksToIt_BackToThatPage()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var anonymous = await _app.NewClient().GetStringAsync("/Account/Login");
        var signedIn = await user.Client.GetStringAsync("/Tank");

        Assert.Contains("href=\"/TimeZone?returnUrl=%2FAccount%2FLogin\"", anonymous);
        Assert.Contains("href=\"/TimeZone?returnUrl=%2FTank\"", signedIn);
        Assert.Contains("Time zone: UTC", await Forms.HtmlAsync(await user.Client.GetAsync("/Tank")));
    }

    [Fact]
    public async Task ThePage_WorksWithoutScript_AndWithoutSigningIn()
    {
        var response = await _app.NewClient().GetAsync("/TimeZone?returnUrl=%2FAccount%2FLogin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("name=\"returnUrl\" value=\"/Account/Login\"", html);
    }

    private static Task<HttpResponseMessage> Choose(HttpClient client, string zone, string returnUrl) =>
        Forms.PostAsync(client, "/TimeZone", "/TimeZone", new Dictionary<string, string> { ["TimeZone"] = zone, ["returnUrl"] = returnUrl });
}
