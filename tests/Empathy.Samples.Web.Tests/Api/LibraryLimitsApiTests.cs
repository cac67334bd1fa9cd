using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Core.Boundaries;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.People;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>
/// The library's own limits and refusals, tried from the request side on every endpoint that builds a library
/// model: a text exactly at the library's limit is kept, one over it is the field's error naming the limit and
/// the length, and nothing the library would throw for reaches the caller as a failure (500).
/// </summary>
public sealed class LibraryLimitsApiTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public LibraryLimitsApiTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task AddRule_WithEveryTextAtTheLibrarysLongestLength_IsKept()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var longest = new string('r', IfThenRule.MaxTextLength);

        var response = await user.Client.PostAsJsonAsync("/api/boundaries/rules", new
        {
            behaviour = $" {longest} ", consequence = longest, timeframe = longest, matchPhrases = new[] { longest },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var rule = await user.Client.GetFromJsonAsync<JsonElement>("/api/boundaries/rules/1");
        Assert.Equal(longest, rule.GetProperty("behaviour").GetString());
        Assert.Equal(longest, rule.GetProperty("matchPhrases")[0].GetString());
    }

    [Fact]
    public async Task AddRule_WithTextsOneOverTheLibrarysLimit_NamesEachFieldTheLimitAndTheLength()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var over = new string('r', IfThenRule.MaxTextLength + 1);

        var response = await user.Client.PostAsJsonAsync("/api/boundaries/rules", new
        {
            behaviour = over, consequence = "I leave", timeframe = over, matchPhrases = new[] { "shout", over },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Problem.ErrorsAsync(response);
        Assert.Equal(["At most 500 characters; this has 501."], errors["behaviour"]);
        Assert.Equal(["At most 500 characters; this has 501."], errors["timeframe"]);
        Assert.Equal(["Phrase 2: At most 500 characters; this has 501."], errors["matchPhrases"]);
        Assert.Equal("{\"zones\":[],\"rules\":[]}", await user.Client.GetStringAsync("/api/boundaries"));
    }

    [Fact]
    public async Task PlaceInZone_WithANameAtTheLibrarysLongestLength_IsKept_AndOneOverIsThePersonsError()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var longest = new string('p', PersonName.MaxLength);

        var kept = await user.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = longest, zone = "inside" });
        var refused = await user.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = longest + "p", zone = "inside" });

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["A person's name is at most 200 characters; this one has 201."], (await Problem.ErrorsAsync(refused))["person"]);
    }

    [Fact]
    public async Task RemoveFromZones_ANameLongerThanTheLibraryHolds_IsNotFound_AndTheMapIsKept()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = "Sam", zone = "outside" });

        var response = await user.Client.DeleteAsync($"/api/boundaries/zones/{new string('p', PersonName.MaxLength + 1)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sam", (await user.Client.GetFromJsonAsync<JsonElement>("/api/boundaries")).GetProperty("zones")[0].GetProperty("person").GetString());
    }

    [Fact]
    public async Task RemoveFromZones_APersonNamedBeforeTheLimitExisted_IsTakenOff()
    {
        var earlier = new string('p', PersonName.MaxLength + 50);
        var owner = await ApiUser.RegisterAsync(_app);
        await owner.Client.PutAsJsonAsync("/api/boundaries/zones", new { person = "Sam", zone = "outside" });
        var document = System.Text.Json.Nodes.JsonNode.Parse(await owner.Client.GetStringAsync("/api/data/export"))!;
        document["practice"]!["records"]!["boundary-map"]![0]!["value"]!["zones"]![0]!["person"] = earlier;
        var user = await ApiUser.RegisterAsync(_app);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.PostAsync("/api/data/import", ApiUser.Json(document.ToJsonString()))).StatusCode);

        var response = await user.Client.DeleteAsync($"/api/boundaries/zones/{earlier.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/boundaries")).GetProperty("zones").GetArrayLength());
    }

    [Fact]
    public async Task CreateRelationship_WithANameAtTheLibrarysLongestLength_IsKept_AndOneOverIsThePersonsError()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var longest = new string('p', PersonName.MaxLength);

        var kept = await user.Client.PostAsJsonAsync("/api/relationships", new { person = $"  {longest}  " });
        var refused = await user.Client.PostAsJsonAsync("/api/relationships", new { person = longest + "q" });

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["A person's name is at most 200 characters; this one has 201."], (await Problem.ErrorsAsync(refused))["person"]);
        Assert.Equal(longest, (await user.Client.GetFromJsonAsync<JsonElement>("/api/relationships"))[0].GetProperty("person").GetString());
    }

    [Fact]
    public async Task NameCritic_AtTheLibrarysLongestLengths_IsKept()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/critics", new
        {
            name = new string('n', InnerCritic.MaxNameLength), typicalPhrases = new[] { new string('p', InnerCritic.MaxPhraseLength) },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task NameCritic_OneOverTheLibrarysLimits_NamesTheLimitsTheLengthsAndWhichPhrase()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/critics", new
        {
            name = new string('n', InnerCritic.MaxNameLength + 1), typicalPhrases = new[] { "you always", new string('p', InnerCritic.MaxPhraseLength + 1) },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Problem.ErrorsAsync(response);
        Assert.Equal(["A critic's name is at most 100 characters; this one has 101."], errors["name"]);
        Assert.Equal(["Phrase 2: at most 300 characters; this has 301."], errors["typicalPhrases"]);
        Assert.Equal("[]", await user.Client.GetStringAsync("/api/critics"));
    }

    [Fact]
    public async Task StartDive_WithALabelAtTheLibrarysLongestLength_KeepsTheLabel()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var longest = new string('l', Dive.MaxLabelLength);

        var response = await user.Client.PostAsJsonAsync("/api/tank/dives", new { plannedCost = 10, label = longest });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"({longest})", await user.Client.GetStringAsync("/Tank"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartDive_WithALabelOneOverTheLibrarysLimit_IsTheLabelsError_AndNoDiveStarts()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/tank/dives", new { plannedCost = 10, label = new string('l', Dive.MaxLabelLength + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A dive's label is at most 200 characters; this one has 201."], (await Problem.ErrorsAsync(response))["label"]);
        Assert.False((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("[\"wait-longer\", \" \"]")]
    public async Task SaveExerciseResponse_WithABlankChoice_IsThatAnswersError_AndSavesNothing(string choice)
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsync("/api/exercises/listening/three-second-pause/responses",
            ApiUser.Json($"{{\"answers\": {{\"opinion\": \"Taxes are theft.\", \"urge\": 7, \"next\": {choice}}}}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A chosen option is blank; send ", (await Problem.ErrorsAsync(response))["answers.next"][0][..31]);
        Assert.Equal("[]", await user.Client.GetStringAsync("/api/responses"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task SaveExerciseResponse_WithABlankStepId_IsAnAnswersError_AndSavesNothing(string stepId)
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsync("/api/exercises/listening/three-second-pause/responses",
            ApiUser.Json($"{{\"answers\": {{\"opinion\": \"Taxes are theft.\", \"urge\": 7, \"{stepId}\": \"a text\"}}}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Each answer is named by its step's id; one has a blank name."], (await Problem.ErrorsAsync(response))["answers"]);
        Assert.Equal("[]", await user.Client.GetStringAsync("/api/responses"));
    }

    // Numbers the library would refuse (levels outside 0–100, negative durations and costs, numbers JSON cannot
    // hold as the field's type) are the field's error or a bad request, never a failure.
    [Theory]
    [InlineData("/interactions", "{\"kind\": \"call\", \"proximity\": 101}")]
    [InlineData("/interactions", "{\"kind\": \"call\", \"proximity\": -1}")]
    [InlineData("/interactions", "{\"kind\": \"call\", \"proximity\": 50, \"minutes\": -1}")]
    [InlineData("/interactions", "{\"kind\": \"call\", \"proximity\": 50, \"minutes\": 1441}")]
    [InlineData("/interactions", "{\"kind\": \"call\", \"proximity\": 50, \"minutes\": 99999999999}")]
    [InlineData("/interactions", "{\"kind\": 42, \"proximity\": 50}")]
    [InlineData("/check-ins", "{\"depletion\": 101, \"frustration\": 0, \"selfDoubt\": 0}")]
    [InlineData("/check-ins", "{\"depletion\": 50, \"frustration\": -1, \"selfDoubt\": 0}")]
    [InlineData("/check-ins", "{\"depletion\": 50, \"frustration\": 5, \"selfDoubt\": 2147483648}")]
    [InlineData("", "{\"person\": \"Sam\", \"idealContactDays\": 0}")]
    [InlineData("", "{\"person\": \"Sam\", \"idealContactDays\": 7, \"maximumGapDays\": 3651}")]
    public async Task RelationshipRequests_WithNumbersTheLibraryRefuses_AreBadRequests_AndChangeNothing(string path, string json)
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");
        var before = await PracticeApi.SnapshotAsync(user);

        var response = path.Length == 0
            ? await user.Client.PutAsync($"/api/relationships/{id}", ApiUser.Json(json))
            : await user.Client.PostAsync($"/api/relationships/{id}{path}", ApiUser.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Problem.ReadAsync(response);
        Assert.Equal(before, await PracticeApi.SnapshotAsync(user));
    }

    [Theory]
    [InlineData("/api/tank/dives", "{\"plannedCost\": -1}")]
    [InlineData("/api/tank/dives", "{\"plannedCost\": 1e400}")]
    [InlineData("/api/tank/dives", "{\"plannedCost\": \"NaN\"}")]
    [InlineData("/api/tank/dives", "{\"plannedCost\": 1001}")]
    [InlineData("/api/tank/surface", "{\"actualCost\": -1}")]
    public async Task TankRequests_WithCostsTheLibraryRefuses_AreBadRequests_AndNoDiveStarts(string path, string json)
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsync(path, ApiUser.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Problem.ReadAsync(response);
        Assert.False((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }
}
