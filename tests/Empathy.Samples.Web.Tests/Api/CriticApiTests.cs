using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

public sealed class CriticApiTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public CriticApiTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task Critic_RoundTrip_WithTheThoughtsAttributedToIt()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var entry = await user.WriteAsync("The meeting ran late.", ["I always mess things up.", "Nobody noticed."]);
        var id = await PracticeApi.NameCriticAsync(user, "the heckler", "mess things up", " ", "MESS THINGS UP");
        var critic = await user.Client.GetFromJsonAsync<JsonElement>($"/api/critics/{id}");
        Assert.Equal("mess things up", Assert.Single(critic.GetProperty("typicalPhrases").EnumerateArray()).GetString());

        var thoughts = await user.Client.GetFromJsonAsync<JsonElement>($"/api/critics/{id}/thoughts");
        Assert.Equal(1, thoughts.GetProperty("thoughtCount").GetInt32());
        Assert.Equal("the heckler is on duty again.", thoughts.GetProperty("reminder").GetString());
        var example = Assert.Single(thoughts.GetProperty("examples").EnumerateArray());
        Assert.Equal(entry, example.GetProperty("entryId").GetString());
        Assert.Equal("I always mess things up.", example.GetProperty("thought").GetString());

        var renamed = await user.Client.PutAsJsonAsync($"/api/critics/{id}", new { name = "Ms Perfect", typicalPhrases = new[] { "nobody" } });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Ms Perfect", (await user.Client.GetFromJsonAsync<JsonElement>("/api/critics"))[0].GetProperty("name").GetString());
        Assert.Equal("Nobody noticed.", (await user.Client.GetFromJsonAsync<JsonElement>($"/api/critics/{id}/thoughts")).GetProperty("examples")[0].GetProperty("thought").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/critics/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/critics/{id}")).StatusCode);
    }

    [Fact]
    public async Task BlankOrTakenNames_AreFieldErrors_AndSaveNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var blank = await user.Client.PostAsJsonAsync("/api/critics", new { name = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("name", (await Problem.ErrorsAsync(blank)).Keys);

        var first = await PracticeApi.NameCriticAsync(user, "the heckler");
        var second = await PracticeApi.NameCriticAsync(user, "Ms Perfect");
        var taken = await user.Client.PostAsJsonAsync("/api/critics", new { name = "THE HECKLER" });
        Assert.Contains("already named", (await Problem.ErrorsAsync(taken))["name"][0]);
        var renameOntoAnother = await user.Client.PutAsJsonAsync($"/api/critics/{second}", new { name = "The Heckler" });
        Assert.Equal(HttpStatusCode.BadRequest, renameOntoAnother.StatusCode);
        var names = (await user.Client.GetFromJsonAsync<JsonElement>("/api/critics")).EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["the heckler", "Ms Perfect"], names);

        // Renaming a critic to its own name in another case is not a clash with itself.
        Assert.Equal(HttpStatusCode.OK, (await user.Client.PutAsJsonAsync($"/api/critics/{first}", new { name = "The Heckler" })).StatusCode);
    }

    [Fact]
    public async Task AnUnknownMember_IsRefused()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync("/api/critics", ApiUser.Json("{\"name\":\"x\",\"description\":\"y\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Problem.ReadAsync(response);
        Assert.Equal("[]", await user.Client.GetStringAsync("/api/critics"));
    }
}
