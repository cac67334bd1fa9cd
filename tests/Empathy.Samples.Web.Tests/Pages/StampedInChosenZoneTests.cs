using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// What a page stamps with "now" keeps the moment with the offset of the zone the person chose, so the record reads
/// as their own time; the JSON API stamps in UTC as before, whatever the cookie says.
/// </summary>
public sealed class StampedInChosenZoneTests : IClassFixture<SharedApp>
{
    // Tokyo keeps one offset all year, so the test does not depend on the day it runs.
    private const string Zone = "Asia/Tokyo";
    private static readonly TimeSpan ZoneOffset = TimeSpan.FromHours(9);

    private readonly WebAppFactory _app;

    public StampedInChosenZoneTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task AJournalEntry_SavedOnThePage_IsLoggedAndFeltNow_WithTheChosenZonesOffset()
    {
        var user = await UserInTokyoAsync();
        var before = DateTimeOffset.UtcNow;

        Forms.AssertRedirect(await Forms.PostAsync(user.Client, "/Journal/Edit", "/Journal/Edit", new Dictionary<string, string>
        {
            ["Input.Happened"] = "The meeting ended without my part being named.", ["Input.Thoughts"] = "I'm not good enough.",
        }), "/Journal/Edit?id=");

        var entry = await OnlyEntryAsync(user);
        AssertNowInTokyo(entry.GetProperty("loggedAt"), before);
        AssertNowInTokyo(entry.GetProperty("feltAt"), before);
    }

    [Fact]
    public async Task AJournalEntry_SentToTheApi_IsStillStampedInUtc()
    {
        var user = await UserInTokyoAsync();

        await user.WriteAsync("It rained.");

        var entry = await OnlyEntryAsync(user);
        Assert.Equal(TimeSpan.Zero, Moment(entry.GetProperty("loggedAt")).Offset);
        Assert.Equal(TimeSpan.Zero, Moment(entry.GetProperty("feltAt")).Offset);
    }

    [Fact]
    public async Task ADive_StartedAndEndedOnThePage_IsStampedWithTheChosenZonesOffset()
    {
        var user = await UserInTokyoAsync();
        var before = DateTimeOffset.UtcNow;

        await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "30" });
        await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Surface", new Dictionary<string, string> { ["Input.ActualCost"] = "20" });

        var timeline = (await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.True(timeline.Count >= 3, "The tank's start, the dive and the surfacing are each a point.");
        Assert.All(timeline, point => AssertNowInTokyo(point.GetProperty("at"), before));
    }

    [Fact]
    public async Task ADive_StartedThroughTheApi_IsStillStampedInUtc()
    {
        var user = await UserInTokyoAsync();

        var response = await user.Client.PostAsync("/api/tank/dives", ApiUser.Json("{\"plannedCost\":30}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timeline = (await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("timeline").EnumerateArray();
        Assert.All(timeline, point => Assert.Equal(TimeSpan.Zero, Moment(point.GetProperty("at")).Offset));
    }

    [Fact]
    public async Task AContact_LoggedOnThePage_WithoutATime_IsStampedWithTheChosenZonesOffset()
    {
        var user = await UserInTokyoAsync();
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var before = DateTimeOffset.UtcNow;

        Forms.AssertRedirect(await Forms.PostAsync(user.Client, $"/Relationships/Edit?id={id}", "/Relationships/Edit?handler=Contact", new Dictionary<string, string>
        {
            ["id"] = id, ["Contact.Kind"] = "Call", ["Contact.Proximity"] = "80", ["Contact.At"] = "", ["Contact.TimeZone"] = Zone,
        }), "/Relationships/Edit?id=");

        AssertNowInTokyo((await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("lastContactAt"), before);
    }

    [Fact]
    public async Task AnExerciseResponse_SavedOnThePage_IsStampedWithTheChosenZonesOffset()
    {
        var user = await UserInTokyoAsync();
        var before = DateTimeOffset.UtcNow;

        Forms.AssertRedirect(await Forms.PostAsync(user.Client, "/Exercises/Run?pack=listening&id=three-second-pause", "/Exercises/Run?pack=listening&id=three-second-pause", new Dictionary<string, string>
        {
            ["pack"] = "listening", ["id"] = "three-second-pause", ["answer.opinion"] = "Cats are better.", ["answer.urge"] = "4", ["answer.next"] = "wait-longer",
        }), "/Exercises/Run?pack=listening");

        var saved = Assert.Single((await PracticeApi.GetAsync(user, "/api/responses")).EnumerateArray());
        AssertNowInTokyo(saved.GetProperty("at"), before);
    }

    [Fact]
    public async Task WithNoZoneChosen_ThePagesStampInUtc()
    {
        var user = await ApiUser.RegisterAsync(_app);

        await Forms.PostAsync(user.Client, "/Journal/Edit", "/Journal/Edit", new Dictionary<string, string> { ["Input.Happened"] = "It rained." });

        Assert.Equal(TimeSpan.Zero, Moment((await OnlyEntryAsync(user)).GetProperty("loggedAt")).Offset);
    }

    private async Task<ApiUser> UserInTokyoAsync()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Forms.AssertRedirect(await Forms.PostAsync(user.Client, "/TimeZone", "/TimeZone", new Dictionary<string, string> { ["TimeZone"] = Zone, ["returnUrl"] = "/" }), "/");
        return user;
    }

    private static async Task<JsonElement> OnlyEntryAsync(ApiUser user)
    {
        var listed = Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").EnumerateArray());
        return await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{listed.GetProperty("id").GetString()}");
    }

    // The same instant (now, give or take the test's run), written with Tokyo's offset.
    private static void AssertNowInTokyo(JsonElement value, DateTimeOffset before)
    {
        var moment = Moment(value);
        Assert.Equal(ZoneOffset, moment.Offset);
        Assert.InRange(moment, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    private static DateTimeOffset Moment(JsonElement value) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
