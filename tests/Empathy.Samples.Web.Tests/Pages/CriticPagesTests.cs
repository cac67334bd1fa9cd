using System.Net;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

public sealed class CriticPagesTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public CriticPagesTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task NameDescribeEditForget_RoundTrip_WithTheThoughtsAttributedToIt()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var entry = await user.WriteAsync("The review was moved to Friday.", ["I'm not good enough for this job.", "They will find out."]);
        var named = await Forms.PostAsync(user.Client, "/Critics", "/Critics", new Dictionary<string, string>
        {
            ["Input.Name"] = "the heckler", ["Input.Phrases"] = "not good enough\nyou always mess this up",
        });
        var location = Forms.AssertRedirect(named, "/Critics/Edit?id=");
        var id = location.Split("id=")[1].Split('&')[0];
        var critic = await PracticeApi.GetAsync(user, $"/api/critics/{id}");
        Assert.Equal("the heckler", critic.GetProperty("name").GetString());
        Assert.Equal(2, critic.GetProperty("typicalPhrases").GetArrayLength());

        var page = await Forms.HtmlAsync(await user.Client.GetAsync(location));
        Assert.Contains("data-testid=\"critic-thoughts\"", page);
        Assert.Contains("the heckler is on duty again.", page);
        Assert.Contains("“I'm not good enough for this job.”", page);
        Assert.Contains($"href=\"/Journal/Edit?id={entry}\"", page);
        Assert.Contains("the heckler", await user.Client.GetStringAsync("/Critics"));

        var edited = await Forms.PostAsync(user.Client, location, "/Critics/Edit", new Dictionary<string, string>
        {
            ["id"] = id, ["Input.Name"] = "Ms Perfect", ["Input.Phrases"] = "they will find out",
        });
        Forms.AssertRedirect(edited, "/Critics/Edit?id=");
        critic = await PracticeApi.GetAsync(user, $"/api/critics/{id}");
        Assert.Equal("Ms Perfect", critic.GetProperty("name").GetString());
        Assert.Equal("they will find out", Assert.Single(critic.GetProperty("typicalPhrases").EnumerateArray()).GetString());
        Assert.Contains("“They will find out.”", await Forms.HtmlAsync(await user.Client.GetAsync(location)));

        var forgotten = await Forms.PostAsync(user.Client, location, "/Critics/Edit?handler=Delete", new Dictionary<string, string> { ["id"] = id });
        Forms.AssertRedirect(forgotten, "/Critics");
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/critics/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"/api/journal/{entry}")).StatusCode); // the journal stays
    }

    [Fact]
    public async Task Name_BlankOrTaken_ShowsTheErrorBesideTheName_KeepsThePhrases_AndSavesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var blank = await Forms.PostAsync(user.Client, "/Critics", "/Critics", new Dictionary<string, string> { ["Input.Name"] = " ", ["Input.Phrases"] = "you never finish" });
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var html = await blank.Content.ReadAsStringAsync();
        Assert.NotNull(Forms.FieldError(html, "name"));
        Assert.Contains("you never finish", html);
        Assert.Equal("[]", await user.Client.GetStringAsync("/api/critics"));

        await PracticeApi.NameCriticAsync(user, "The Heckler");
        var taken = await Forms.PostAsync(user.Client, "/Critics", "/Critics", new Dictionary<string, string> { ["Input.Name"] = "the heckler" });
        Assert.Contains("already named a critic", Forms.FieldError(await Forms.HtmlAsync(taken), "name"));
        Assert.Single((await PracticeApi.GetAsync(user, "/api/critics")).EnumerateArray());
    }

    [Fact]
    public async Task AnotherPersonsCritic_Is404_AndNothingChanges()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var mallory = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.NameCriticAsync(alice, "the heckler", "not good enough");
        var before = await PracticeApi.SnapshotAsync(alice);

        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.GetAsync($"/Critics/Edit?id={id}")).StatusCode);
        var edit = await Forms.PostAsync(mallory.Client, "/Critics", "/Critics/Edit", new Dictionary<string, string> { ["id"] = id, ["Input.Name"] = "renamed" });
        var delete = await Forms.PostAsync(mallory.Client, "/Critics", "/Critics/Edit?handler=Delete", new Dictionary<string, string> { ["id"] = id });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(before, await PracticeApi.SnapshotAsync(alice));
    }
}
