using System.Net;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

public sealed class RelationshipPagesTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public RelationshipPagesTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task AddLogEditDelete_RoundTrip_ThroughTheForms()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var added = await Forms.PostAsync(user.Client, "/Relationships", "/Relationships", new Dictionary<string, string>
        {
            ["Input.Person"] = "Sam", ["Input.IdealContactDays"] = "7", ["Input.MaximumGapDays"] = "21",
        });
        var location = Forms.AssertRedirect(added, "/Relationships/Edit?id=");
        var id = location.Split("id=")[1].Split('&')[0];
        var page = await user.Client.GetStringAsync(location);
        Assert.Contains("You and Sam", page);
        Assert.Contains("data-testid=\"contact-status\"", page);
        Assert.Contains("Sam", await user.Client.GetStringAsync("/Relationships"));

        var logged = await Forms.PostAsync(user.Client, location, $"/Relationships/Edit?handler=Contact", new Dictionary<string, string>
        {
            ["id"] = id, ["Contact.Kind"] = "Call", ["Contact.Proximity"] = "80", ["Contact.Minutes"] = "30",
        });
        Forms.AssertRedirect(logged, "/Relationships/Edit?id=");
        var afterContact = await PracticeApi.GetAsync(user, $"/api/relationships/{id}");
        Assert.Equal("green", afterContact.GetProperty("status").GetString());
        Assert.Equal(1, afterContact.GetProperty("interactions").GetInt32());
        var shown = await user.Client.GetStringAsync($"/Relationships/Edit?id={id}");
        Assert.Contains("<span class=\"status-green\">Green</span>", shown);
        Assert.Contains("<td>Call</td>", shown);

        var edited = await Forms.PostAsync(user.Client, location, "/Relationships/Edit", new Dictionary<string, string>
        {
            ["id"] = id, ["Input.Person"] = "Samantha", ["Input.IdealContactDays"] = "10", ["Input.MaximumGapDays"] = "30",
        });
        Forms.AssertRedirect(edited, "/Relationships/Edit?id=");
        var afterEdit = await PracticeApi.GetAsync(user, $"/api/relationships/{id}");
        Assert.Equal("Samantha", afterEdit.GetProperty("person").GetString());
        Assert.Equal(1, afterEdit.GetProperty("interactions").GetInt32()); // the history is kept

        var deleted = await Forms.PostAsync(user.Client, location, "/Relationships/Edit?handler=Delete", new Dictionary<string, string> { ["id"] = id });
        Forms.AssertRedirect(deleted, "/Relationships");
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/relationships/{id}")).StatusCode);
    }

    [Fact]
    public async Task Add_WithInvalidFields_ShowsEachErrorBesideItsField_KeepsTheInput_AndSavesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await Forms.PostAsync(user.Client, "/Relationships", "/Relationships", new Dictionary<string, string>
        {
            ["Input.Person"] = " ", ["Input.IdealContactDays"] = "weekly", ["Input.MaximumGapDays"] = "5000",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotNull(Forms.FieldError(html, "person"));
        Assert.Contains("not a whole number", Forms.FieldError(html, "idealContactDays"));
        Assert.Contains("Between 1 and 3650", Forms.FieldError(html, "maximumGapDays"));
        Assert.Contains("value=\"weekly\"", html);
        Assert.Contains("aria-describedby=\"idealContactDays-error\"", html);
        Assert.Equal("[]", await PracticeApi.RelationshipsJsonAsync(user));
    }

    [Fact]
    public async Task Add_ThePersonTwice_IsRefusedBesideTheName()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await PracticeApi.AddRelationshipAsync(user, "Sam");
        var response = await Forms.PostAsync(user.Client, "/Relationships", "/Relationships", new Dictionary<string, string> { ["Input.Person"] = "sam" });
        Assert.Contains("already keep a relationship", Forms.FieldError(await response.Content.ReadAsStringAsync(), "person"));
        Assert.Single((await PracticeApi.GetAsync(user, "/api/relationships")).EnumerateArray());
    }

    [Fact]
    public async Task LogContact_WithInvalidFields_ShowsTheErrors_AndLogsNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var response = await Forms.PostAsync(user.Client, $"/Relationships/Edit?id={id}", "/Relationships/Edit?handler=Contact", new Dictionary<string, string>
        {
            ["id"] = id, ["Contact.Proximity"] = "150", ["Contact.Minutes"] = "20",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotNull(Forms.FieldError(html, "kind"));
        Assert.Contains("value=\"150\"", html);
        Assert.Equal(0, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("interactions").GetInt32());

        var outOfRange = await Forms.PostAsync(user.Client, $"/Relationships/Edit?id={id}", "/Relationships/Edit?handler=Contact", new Dictionary<string, string>
        {
            ["id"] = id, ["Contact.Kind"] = "Message", ["Contact.Proximity"] = "150",
        });
        Assert.Contains("Between 0 and 100", Forms.FieldError(await outOfRange.Content.ReadAsStringAsync(), "proximity"));
        Assert.Equal(0, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task AnotherPersonsRelationship_Is404_OnEveryFormAndNothingChanges()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var mallory = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(alice, "Sam");
        var before = await PracticeApi.SnapshotAsync(alice);

        Assert.Equal(HttpStatusCode.NotFound, (await mallory.Client.GetAsync($"/Relationships/Edit?id={id}")).StatusCode);
        var own = await PracticeApi.AddRelationshipAsync(mallory, "Eve"); // a page of her own, for the token
        var page = $"/Relationships/Edit?id={own}";
        var attempts = new[]
        {
            await Forms.PostAsync(mallory.Client, page, "/Relationships/Edit", new Dictionary<string, string> { ["id"] = id, ["Input.Person"] = "Mallory" }),
            await Forms.PostAsync(mallory.Client, page, "/Relationships/Edit?handler=Contact", new Dictionary<string, string> { ["id"] = id, ["Contact.Kind"] = "Call", ["Contact.Proximity"] = "50" }),
            await Forms.PostAsync(mallory.Client, page, "/Relationships/Edit?handler=Delete", new Dictionary<string, string> { ["id"] = id }),
        };
        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(before, await PracticeApi.SnapshotAsync(alice));
    }
}
