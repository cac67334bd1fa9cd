using System.Net;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>Times typed on the pages are read in the time zone chosen beside them, remembered, and shown back in it.</summary>
public sealed class TimeZonePagesTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public TimeZonePagesTests(SharedApp shared) => _app = shared.App;

    [Theory]
    [InlineData("2026-01-15T10:00", "2026-01-15T09:00:00Z")] // winter: UTC+1
    [InlineData("2026-07-15T10:00", "2026-07-15T08:00:00Z")] // summer: UTC+2
    public async Task LogContact_InMadrid_StoresTheMomentMadridMeant_AndShowsItBackInMadrid(string typed, string utc)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var logged = await LogContact(user, id, typed, "Europe/Madrid");
        Forms.AssertRedirect(logged, "/Relationships/Edit?id=");

        var last = (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("lastContactAt").GetDateTimeOffset();
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), last);

        var page = await Forms.HtmlAsync(await user.Client.GetAsync($"/Relationships/Edit?id={id}"));
        Assert.Contains($">{typed.Replace('T', ' ')}</time>", page);
        Assert.Contains("When (Europe/Madrid)", page);
        Assert.Contains("<option value=\"Europe/Madrid\" selected=\"selected\">", page); // remembered for the next form
    }

    [Fact]
    public async Task LogContact_AtATimeTheClocksSkip_IsRefusedPlainly_AndLogsNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var response = await LogContact(user, id, "2026-03-29T02:30", "Europe/Madrid");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Forms.FieldError(await response.Content.ReadAsStringAsync(), "at");
        Assert.Equal("There is no 02:30 on 2026-03-29 in Europe/Madrid: the clocks go forward from 02:00 to 03:00 that night. Choose a time before 02:00 or from 03:00 on.", error);
        Assert.Equal(0, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task LogContact_AtATimeThatHappensTwice_TakesTheFirst()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        Forms.AssertRedirect(await LogContact(user, id, "2026-10-25T02:30", "Europe/Madrid"), "/Relationships/Edit?id=");
        var last = (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("lastContactAt").GetDateTimeOffset();
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), last); // still summer time, UTC+2
    }

    [Fact]
    public async Task LogContact_WithAZoneTheSiteDoesNotKnow_IsAFieldError_AndLogsNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var response = await LogContact(user, id, "2026-01-15T10:00", "Mars/Olympus_Mons");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("'Mars/Olympus_Mons' is not a time zone this site knows; choose one from the list.", Forms.FieldError(html, "timeZone"));
        Assert.Equal(0, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("interactions").GetInt32());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("Empathy.TimeZone=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheChosenZone_IsRememberedInAnHttpOnlyLaxCookie()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var response = await LogContact(user, id, "", "America/New_York");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Empathy.TimeZone=", StringComparison.Ordinal));
        Assert.Contains("America%2FNew_York", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Rule_DeadlineDay_HoldsToTheEndOfThatDayInTheChosenZone_AndIsShownBackAsThatDay()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var added = await Forms.PostAsync(user.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = "you interrupt me", ["Input.Consequence"] = "I will stop", ["Input.IsActive"] = "true",
            ["Input.Deadline"] = "2099-12-31", ["Input.TimeZone"] = "America/New_York",
        });
        Forms.AssertRedirect(added, "/Boundaries?done=rule-saved");
        var rule = Assert.Single((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").EnumerateArray());
        var deadline = rule.GetProperty("deadline").GetDateTimeOffset();
        Assert.Equal(new DateTimeOffset(2100, 1, 1, 5, 0, 0, TimeSpan.Zero).AddTicks(-1), deadline.ToUniversalTime());
        Assert.Contains("(until 31 December 2099)", rule.GetProperty("text").GetString());
        Assert.Contains("value=\"2099-12-31\"", await user.Client.GetStringAsync("/Boundaries/Rule?number=1"));
    }

    [Fact]
    public async Task CheckIn_InMadrid_IsShownBackInMadrid_SayingSo()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var saved = await Forms.PostAsync(user.Client, $"/Boundaries/Exit?id={id}", "/Boundaries/Exit", new Dictionary<string, string>
        {
            ["id"] = id, ["Input.Depletion"] = "50", ["Input.Frustration"] = "40", ["Input.SelfDoubt"] = "30",
            ["Input.At"] = "2026-07-15T10:00", ["Input.TimeZone"] = "Europe/Madrid",
        });
        Forms.AssertRedirect(saved, "/Boundaries/Exit?id=");
        var page = await Forms.HtmlAsync(await user.Client.GetAsync($"/Boundaries/Exit?id={id}"));
        Assert.Contains("<time datetime=\"2026-07-15T08:00:00.0000000+00:00\">2026-07-15 10:00</time>", page);
        Assert.Contains("When (Europe/Madrid)", page);
    }

    private static Task<HttpResponseMessage> LogContact(ApiUser user, string id, string at, string zone) =>
        Forms.PostAsync(user.Client, $"/Relationships/Edit?id={id}", "/Relationships/Edit?handler=Contact", new Dictionary<string, string>
        {
            ["id"] = id, ["Contact.Kind"] = "Call", ["Contact.Proximity"] = "80", ["Contact.At"] = at, ["Contact.TimeZone"] = zone,
        });
}
