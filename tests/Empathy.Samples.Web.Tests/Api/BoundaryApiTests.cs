using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

public sealed class BoundaryApiTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public BoundaryApiTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task ZonesAndRules_RoundTrip()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var placed = await user.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = "Sam", zone = "outside" });
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        Assert.Equal("outside", (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zones")[0].GetProperty("zone").GetString());

        var added = await user.Client.PostAsJsonAsync("/api/boundaries/rules", new { behaviour = "you interrupt me", consequence = "I will stop and ask you to finish first", timeframe = "in the next meeting", matchPhrases = new[] { "interrupt" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("/api/boundaries/rules/1", added.Headers.Location!.ToString());
        var rule = await user.Client.GetFromJsonAsync<JsonElement>("/api/boundaries/rules/1");
        Assert.Equal("If you interrupt me in the next meeting, then I will stop and ask you to finish first.", rule.GetProperty("text").GetString());
        Assert.True(rule.GetProperty("isActive").GetBoolean());

        var fired = await (await user.Client.PostAsJsonAsync("/api/boundaries/check", new { behaviour = "He interrupted me again" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, fired.GetProperty("fired").GetInt32());
        Assert.Equal("interrupt", fired.GetProperty("outcomes")[0].GetProperty("matchedPhrase").GetString());

        var updated = await user.Client.PutAsJsonAsync("/api/boundaries/rules/1", new { behaviour = "you interrupt me", consequence = "I will leave", isActive = false });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var inactive = await (await user.Client.PostAsJsonAsync("/api/boundaries/check", new { behaviour = "you interrupt me" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, inactive.GetProperty("fired").GetInt32());
        Assert.Equal("inactive", inactive.GetProperty("outcomes")[0].GetProperty("kind").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync("/api/boundaries/rules/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync("/api/boundaries/zones/sam")).StatusCode);
        Assert.Equal("{\"zones\":[],\"rules\":[]}", await user.Client.GetStringAsync("/api/boundaries"));
    }

    [Fact]
    public async Task InvalidInput_IsAProblemWithFieldErrors_AndSavesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var rule = await user.Client.PostAsJsonAsync("/api/boundaries/rules", new { behaviour = " ", consequence = "" });
        Assert.Equal(HttpStatusCode.BadRequest, rule.StatusCode);
        Assert.Equal(["behaviour", "consequence"], (await Problem.ErrorsAsync(rule)).Keys.Order());

        var zone = await user.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = "" });
        Assert.Equal(["person", "zone"], (await Problem.ErrorsAsync(zone)).Keys.Order());

        var check = await user.Client.PostAsJsonAsync("/api/boundaries/check", new { behaviour = "" });
        Assert.Contains("behaviour", (await Problem.ErrorsAsync(check)).Keys);

        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync("/api/boundaries/rules", new { behaviour = "you shout", consequence = "I leave" })).StatusCode);
        var twice = await user.Client.PostAsJsonAsync("/api/boundaries/rules", new { behaviour = "you shout", consequence = "I leave" });
        Assert.Contains("already have the rule", (await Problem.ErrorsAsync(twice))["behaviour"][0]);
        Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/boundaries")).GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task RulesAndPeopleNotOnTheCallersMap_Are404()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var mallory = await ApiUser.RegisterAsync(_app);
        await alice.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = "Sam", zone = "inside" });
        await alice.Client.PostAsJsonAsync("/api/boundaries/rules", new { behaviour = "you shout", consequence = "I leave" });
        var before = await alice.Client.GetStringAsync("/api/boundaries");

        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.GetAsync("/api/boundaries/rules/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.PutAsJsonAsync("/api/boundaries/rules/1", new { behaviour = "x", consequence = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.DeleteAsync("/api/boundaries/rules/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.DeleteAsync("/api/boundaries/zones/Sam")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.Client.GetAsync("/api/boundaries/rules/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alice.Client.GetAsync("/api/boundaries/rules/2")).StatusCode);
        Assert.Equal("{\"zones\":[],\"rules\":[]}", await mallory.Client.GetStringAsync("/api/boundaries"));
        Assert.Equal(before, await alice.Client.GetStringAsync("/api/boundaries"));
    }

    [Theory]
    [InlineData("/api/boundaries/rules")]
    [InlineData("/api/boundaries/check")]
    [InlineData("/api/critics")]
    public async Task Posting_AnythingButJson_Is415(string path)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["behaviour"] = "x", ["name"] = "x" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("{\"zones\":[],\"rules\":[]}", await user.Client.GetStringAsync("/api/boundaries"));
        Assert.Equal("[]", await user.Client.GetStringAsync("/api/critics"));
    }

    [Fact]
    public async Task CheckIns_FeedTheExitSignal_AndBadLevelsAreFieldErrors()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var bad = await user.Client.PostAsJsonAsync($"/api/relationships/{id}/check-ins", new { depletion = 150, frustration = 10 });
        Assert.Equal(["depletion", "selfDoubt"], (await Problem.ErrorsAsync(bad)).Keys.Order());
        var future = await user.Client.PostAsJsonAsync($"/api/relationships/{id}/check-ins", new { depletion = 1, frustration = 1, selfDoubt = 1, at = DateTimeOffset.UtcNow.AddDays(2) });
        Assert.Contains("at", (await Problem.ErrorsAsync(future)).Keys);

        JsonElement exit = default;
        foreach (var daysAgo in new[] { 30, 20, 10, 1 })
        {
            var response = await user.Client.PostAsJsonAsync($"/api/relationships/{id}/check-ins", new { at = DateTimeOffset.UtcNow.AddDays(-daysAgo), depletion = 90, frustration = 70, selfDoubt = 80, adjustmentTried = true });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            exit = await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        Assert.True(exit.GetProperty("exitSignalled").GetBoolean());
        Assert.Equal(4, exit.GetProperty("checkIns").GetInt32());
        Assert.Equal(4, exit.GetProperty("reasons").GetArrayLength());
        Assert.Equal(exit.GetProperty("exitSignalled").GetBoolean(), (await user.Client.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}/exit")).GetProperty("exitSignalled").GetBoolean());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheBoundaryCriticAndCheckInEndpoints()
    {
        var document = await _app.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/boundaries", "/api/boundaries/zones", "/api/boundaries/zones/{person}", "/api/boundaries/rules", "/api/boundaries/rules/{number}", "/api/boundaries/check",
            "/api/critics", "/api/critics/{id}", "/api/critics/{id}/thoughts", "/api/relationships/{id}/check-ins", "/api/relationships/{id}/exit" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"The OpenAPI document has no {path}.");
        }
    }
}
