using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>
/// One person tries every journal and practice endpoint with another person's ids, on each store (SQLite
/// here, PostgreSQL in <c>PostgreSqlIsolationTests</c>).
/// </summary>
public abstract class IsolationTests
{
    private readonly WebAppFactory _app;

    protected IsolationTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task AnotherPersonsIds_AreAll404_AndNothingOfTheirsChanges()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var mallory = await ApiUser.RegisterAsync(_app);
        var entryId = await alice.WriteAsync("Alice's private entry.");
        var relationship = await alice.Client.PostAsJsonAsync("/api/relationships", new { person = "Sam", idealContactDays = 7, maximumGapDays = 21 });
        Assert.Equal(HttpStatusCode.Created, relationship.StatusCode);
        var relationshipId = (await relationship.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var saved = await alice.Client.PostAsJsonAsync("/api/exercises/listening/three-second-pause/responses", new { answers = new Dictionary<string, object> { ["opinion"] = "Taxes are theft.", ["urge"] = 7 } });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var responseId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var critic = await alice.Client.PostAsJsonAsync("/api/critics", new { name = "the heckler", typicalPhrases = new[] { "mess things up" } });
        Assert.Equal(HttpStatusCode.Created, critic.StatusCode);
        var criticId = (await critic.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var aliceBefore = await SnapshotAsync(alice);

        var attempts = new List<(string What, HttpResponseMessage Response)>
        {
            ("GET entry", await mallory.Client.GetAsync($"/api/journal/{entryId}")),
            ("PUT entry", await mallory.Client.PutAsJsonAsync($"/api/journal/{entryId}", new { happened = "overwritten" })),
            ("DELETE entry", await mallory.Client.DeleteAsync($"/api/journal/{entryId}")),
            ("GET relationship", await mallory.Client.GetAsync($"/api/relationships/{relationshipId}")),
            ("PUT relationship", await mallory.Client.PutAsJsonAsync($"/api/relationships/{relationshipId}", new { person = "Eve" })),
            ("POST interaction", await mallory.Client.PostAsJsonAsync($"/api/relationships/{relationshipId}/interactions", new { kind = "call", proximity = 50, minutes = 10 })),
            ("POST check-in", await mallory.Client.PostAsJsonAsync($"/api/relationships/{relationshipId}/check-ins", new { depletion = 90, frustration = 90, selfDoubt = 90 })),
            ("GET exit signal", await mallory.Client.GetAsync($"/api/relationships/{relationshipId}/exit")),
            ("DELETE relationship", await mallory.Client.DeleteAsync($"/api/relationships/{relationshipId}")),
            ("GET critic", await mallory.Client.GetAsync($"/api/critics/{criticId}")),
            ("GET critic thoughts", await mallory.Client.GetAsync($"/api/critics/{criticId}/thoughts")),
            ("PUT critic", await mallory.Client.PutAsJsonAsync($"/api/critics/{criticId}", new { name = "renamed" })),
            ("DELETE critic", await mallory.Client.DeleteAsync($"/api/critics/{criticId}")),
            ("GET response", await mallory.Client.GetAsync($"/api/responses/{responseId}")),
            ("DELETE response", await mallory.Client.DeleteAsync($"/api/responses/{responseId}")),
        };
        foreach (var (what, response) in attempts)
        {
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what} answered {(int)response.StatusCode}, not 404.");
        }

        // Mallory's own lists show nothing of Alice's.
        Assert.Equal(0, (await mallory.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
        Assert.Equal(0, (await mallory.Client.GetFromJsonAsync<JsonElement>("/api/relationships")).GetArrayLength());
        Assert.Equal(0, (await mallory.Client.GetFromJsonAsync<JsonElement>("/api/responses")).GetArrayLength());
        Assert.Equal(0, (await mallory.Client.GetFromJsonAsync<JsonElement>("/api/critics")).GetArrayLength());
        Assert.Equal(aliceBefore, await SnapshotAsync(alice));
    }

    [Fact]
    public async Task AnIdThatDoesNotExist_ReadsLikeAnotherPersonsId()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/journal/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync("/api/journal/not-an-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.DeleteAsync($"/api/relationships/{Guid.NewGuid()}")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/journal")]
    [InlineData("GET", "/api/journal/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/journal")]
    [InlineData("PUT", "/api/journal/00000000-0000-0000-0000-000000000001")]
    [InlineData("DELETE", "/api/journal/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/analyze/observation")]
    [InlineData("POST", "/api/analyze/message")]
    [InlineData("POST", "/api/analyze/reply")]
    [InlineData("GET", "/api/exercises")]
    [InlineData("POST", "/api/exercises/listening/three-second-pause/responses")]
    [InlineData("GET", "/api/responses")]
    [InlineData("GET", "/api/relationships")]
    [InlineData("POST", "/api/relationships")]
    [InlineData("GET", "/api/tank")]
    [InlineData("POST", "/api/tank/dives")]
    [InlineData("POST", "/api/relationships/00000000-0000-0000-0000-000000000001/check-ins")]
    [InlineData("GET", "/api/relationships/00000000-0000-0000-0000-000000000001/exit")]
    [InlineData("GET", "/api/boundaries")]
    [InlineData("PUT", "/api/boundaries/zones")]
    [InlineData("DELETE", "/api/boundaries/zones/Sam")]
    [InlineData("POST", "/api/boundaries/rules")]
    [InlineData("PUT", "/api/boundaries/rules/1")]
    [InlineData("DELETE", "/api/boundaries/rules/1")]
    [InlineData("POST", "/api/boundaries/check")]
    [InlineData("GET", "/api/critics")]
    [InlineData("POST", "/api/critics")]
    [InlineData("GET", "/api/critics/00000000-0000-0000-0000-000000000001")]
    [InlineData("PUT", "/api/critics/00000000-0000-0000-0000-000000000001")]
    [InlineData("DELETE", "/api/critics/00000000-0000-0000-0000-000000000001")]
    [InlineData("GET", "/api/critics/00000000-0000-0000-0000-000000000001/thoughts")]
    [InlineData("GET", "/api/account")]
    [InlineData("POST", "/api/account/password")]
    [InlineData("POST", "/api/account/delete")]
    [InlineData("POST", "/api/account/logout")]
    [InlineData("GET", "/api/data/export")]
    [InlineData("POST", "/api/data/import")]
    public async Task AnonymousCalls_Are401Problems(string method, string path)
    {
        var client = _app.NewClient();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = ApiUser.Json("{\"text\":\"x\"}");
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Problem.ReadAsync(response);
    }

    private static async Task<string> SnapshotAsync(ApiUser user) =>
        await user.Client.GetStringAsync("/api/journal") + await user.Client.GetStringAsync("/api/relationships") + await user.Client.GetStringAsync("/api/responses")
        + await user.Client.GetStringAsync("/api/critics") + await user.Client.GetStringAsync("/api/boundaries");
}

/// <summary>The isolation tests on the default store (SQLite in the data folder).</summary>
public sealed class SqliteIsolationTests(SharedApp shared) : IsolationTests(shared.App), IClassFixture<SharedApp>;
