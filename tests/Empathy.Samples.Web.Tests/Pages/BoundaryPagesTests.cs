using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

public sealed class BoundaryPagesTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public BoundaryPagesTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task Zones_PlaceMoveAndRemove_ThroughTheForms()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Forms.AssertRedirect(await Place(user, "Sam", "Doorstep"), "/Boundaries?done=placed");
        Forms.AssertRedirect(await Place(user, "sam", "Inside"), "/Boundaries?done=placed"); // the same person, moved
        var map = await PracticeApi.GetAsync(user, "/api/boundaries");
        var zone = Assert.Single(map.GetProperty("zones").EnumerateArray());
        Assert.Equal("inside", zone.GetProperty("zone").GetString());
        Assert.Contains("Inside: welcome for a visit", await user.Client.GetStringAsync("/Boundaries"));

        var removed = await Forms.PostAsync(user.Client, "/Boundaries", "/Boundaries?handler=RemovePerson", new Dictionary<string, string> { ["Person"] = "Sam" });
        Forms.AssertRedirect(removed, "/Boundaries?done=removed");
        Assert.Equal(0, (await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("zones").GetArrayLength());
    }

    [Fact]
    public async Task Zones_WithNoNameAndNoZone_ShowBothErrors_AndSaveNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await Place(user, "", "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotNull(Forms.FieldError(html, "person"));
        Assert.NotNull(Forms.FieldError(html, "zone"));
        Assert.Contains("<legend>Zone</legend>", html);
        Assert.Equal("{\"zones\":[],\"rules\":[]}", await user.Client.GetStringAsync("/api/boundaries"));

        var keptName = await Place(user, "Sam", "");
        Assert.Contains("value=\"Sam\"", await keptName.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Rules_AddEditCheckRemove_RoundTrip()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var added = await Forms.PostAsync(user.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = "you interrupt me", ["Input.Timeframe"] = "in the next meeting", ["Input.Consequence"] = "I will stop and ask you to finish first",
            ["Input.IsActive"] = "true", ["Input.MatchPhrases"] = "interrupt\ntalks over me",
        });
        Forms.AssertRedirect(added, "/Boundaries?done=rule-saved");
        var rule = Assert.Single((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").EnumerateArray());
        Assert.Equal("If you interrupt me in the next meeting, then I will stop and ask you to finish first.", rule.GetProperty("text").GetString());
        Assert.Equal(2, rule.GetProperty("matchPhrases").GetArrayLength());
        Assert.Contains("If you interrupt me in the next meeting, then I will stop and ask you to finish first.", await Forms.HtmlAsync(await user.Client.GetAsync("/Boundaries")));

        var editForm = await user.Client.GetStringAsync("/Boundaries/Rule?number=1");
        Assert.Contains("value=\"you interrupt me\"", editForm);
        var edited = await Forms.PostAsync(user.Client, "/Boundaries/Rule?number=1", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["number"] = "1", ["Input.Behaviour"] = "you interrupt me", ["Input.Consequence"] = "I will leave the meeting",
            ["Input.IsActive"] = "true", ["Input.MatchPhrases"] = "interrupt", ["Input.Deadline"] = "2099-12-31",
        });
        Forms.AssertRedirect(edited, "/Boundaries?done=rule-saved");
        rule = Assert.Single((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").EnumerateArray());
        Assert.Equal("If you interrupt me, then I will leave the meeting. (until 31 December 2099)", rule.GetProperty("text").GetString());

        var check = await Forms.PostAsync(user.Client, "/Boundaries", "/Boundaries?handler=Check", new Dictionary<string, string> { ["Behaviour"] = "You interrupted me twice" });
        var checkHtml = await Forms.HtmlAsync(check);
        Assert.Contains("data-testid=\"rule-check\"", checkHtml);
        Assert.Contains("1 rule fired: its consequence applies.", checkHtml);
        Assert.Contains("I will leave the meeting", checkHtml);

        var removed = await Forms.PostAsync(user.Client, "/Boundaries", "/Boundaries?handler=RemoveRule", new Dictionary<string, string> { ["number"] = "1" });
        Forms.AssertRedirect(removed, "/Boundaries?done=rule-removed");
        Assert.Equal(0, (await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Rule_WithBlankClausesAndABadDate_ShowsEachError_KeepsTheInput_AndSavesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await Forms.PostAsync(user.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = " ", ["Input.Consequence"] = "", ["Input.Timeframe"] = "on Mondays", ["Input.Deadline"] = "someday",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotNull(Forms.FieldError(html, "behaviour"));
        Assert.NotNull(Forms.FieldError(html, "consequence"));
        Assert.Contains("not a date", Forms.FieldError(html, "deadline"));
        Assert.Contains("value=\"on Mondays\"", html);
        Assert.Equal(0, (await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Check_WithNothingToCheck_ShowsTheFieldError()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await Forms.PostAsync(user.Client, "/Boundaries", "/Boundaries?handler=Check", new Dictionary<string, string> { ["Behaviour"] = "  " });
        Assert.NotNull(Forms.FieldError(await response.Content.ReadAsStringAsync(), "behaviour"));
    }

    [Fact]
    public async Task ExitSignal_CheckInsThroughTheForm_RaiseItAfterAMonthOfDepletionDespiteAdjustments()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        Assert.Contains("Not raised.", await user.Client.GetStringAsync($"/Boundaries/Exit?id={id}"));
        var page = $"/Boundaries/Exit?id={id}";
        foreach (var daysAgo in new[] { 36, 28, 21, 14, 7 })
        {
            var at = DateTimeOffset.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            var saved = await Forms.PostAsync(user.Client, page, "/Boundaries/Exit", new Dictionary<string, string>
            {
                ["id"] = id, ["Input.Depletion"] = "85", ["Input.Frustration"] = "80", ["Input.SelfDoubt"] = "75",
                ["Input.AdjustmentTried"] = "true", ["Input.Note"] = "Tried a new rule again.", ["Input.At"] = at,
            });
            Forms.AssertRedirect(saved, "/Boundaries/Exit?id=");
        }

        var html = await Forms.HtmlAsync(await user.Client.GetAsync(page));
        Assert.Contains("<strong>Raised.</strong>", html);
        Assert.Contains("You have the right to leave this dance floor", html);
        Assert.Contains("Tried a new rule again.", html);
        Assert.True((await PracticeApi.GetAsync(user, $"/api/relationships/{id}/exit")).GetProperty("exitSignalled").GetBoolean());
        Assert.Contains("<td>Raised</td>", await user.Client.GetStringAsync("/Boundaries"));
    }

    [Fact]
    public async Task ExitCheckIn_WithMissingLevels_ShowsTheErrors_AndSavesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var response = await Forms.PostAsync(user.Client, $"/Boundaries/Exit?id={id}", "/Boundaries/Exit", new Dictionary<string, string>
        {
            ["id"] = id, ["Input.Depletion"] = "a lot", ["Input.Frustration"] = "101", ["Input.Note"] = "kept text",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("not a whole number", Forms.FieldError(html, "depletion"));
        Assert.NotNull(Forms.FieldError(html, "frustration"));
        Assert.NotNull(Forms.FieldError(html, "selfDoubt"));
        Assert.Contains("kept text", html);
        Assert.Equal(0, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}/exit")).GetProperty("checkIns").GetInt32());
    }

    [Fact]
    public async Task AnotherPersonsRulesZonesAndRelationships_Are404_AndNothingChanges()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var mallory = await ApiUser.RegisterAsync(_app);
        var relationship = await PracticeApi.AddRelationshipAsync(alice, "Sam");
        Assert.Equal(HttpStatusCode.OK, (await alice.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = "Sam", zone = "doorstep" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await alice.Client.PostAsJsonAsync("/api/boundaries/rules", new { behaviour = "you shout", consequence = "I leave the room" })).StatusCode);
        var before = await PracticeApi.SnapshotAsync(alice);

        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.GetAsync("/Boundaries/Rule?number=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.GetAsync($"/Boundaries/Exit?id={relationship}")).StatusCode);
        var attempts = new[]
        {
            await Forms.PostAsync(mallory.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string> { ["number"] = "1", ["Input.Behaviour"] = "x", ["Input.Consequence"] = "y" }),
            await Forms.PostAsync(mallory.Client, "/Boundaries", "/Boundaries?handler=RemoveRule", new Dictionary<string, string> { ["number"] = "1" }),
            await Forms.PostAsync(mallory.Client, "/Boundaries", "/Boundaries?handler=RemovePerson", new Dictionary<string, string> { ["Person"] = "Sam" }),
            await Forms.PostAsync(mallory.Client, "/Boundaries", "/Boundaries/Exit", new Dictionary<string, string> { ["id"] = relationship, ["Input.Depletion"] = "90", ["Input.Frustration"] = "90", ["Input.SelfDoubt"] = "90" }),
        };
        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(before, await PracticeApi.SnapshotAsync(alice));
    }

    private static Task<HttpResponseMessage> Place(ApiUser user, string person, string zone) =>
        Forms.PostAsync(user.Client, "/Boundaries", "/Boundaries?handler=Place", new Dictionary<string, string> { ["Person"] = person, ["Zone"] = zone });
}
