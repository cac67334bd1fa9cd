using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>
/// A practice call without what the record is made of is refused field by field and records nothing (as the
/// pages' forms do), and the OpenAPI document lists as required exactly what the endpoints refuse without.
/// </summary>
public sealed class PracticeRequestTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public PracticeRequestTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task AContactWithoutItsKindAndCloseness_IsRefused_AndNothingIsLogged()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");

        var response = await user.Client.PostAsync($"/api/relationships/{id}/interactions", ApiUser.Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Problem.ErrorsAsync(response);
        Assert.Equal(["Say how you were in contact: one of inPerson, videoCall, call, message, other."], errors["kind"]);
        Assert.Equal(["Say how close it felt, from 0 to 100."], errors["proximity"]);
        var relationship = await PracticeApi.GetAsync(user, $"/api/relationships/{id}");
        Assert.Equal(0, relationship.GetProperty("interactions").GetInt32());
        Assert.Equal("red", relationship.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AContactWithKindAndCloseness_IsLogged_ItsLengthAndMomentOptional()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");

        var response = await user.Client.PostAsJsonAsync($"/api/relationships/{id}/interactions", new { kind = "call", proximity = 60 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task ADiveWithoutItsPlannedCost_IsRefused_AndNoDiveStarts()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsync("/api/tank/dives", ApiUser.Json("{\"label\":\"Sam's news\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Say what you expect the dive to cost, from 0 to 1000."], (await Problem.ErrorsAsync(response))["plannedCost"]);
        Assert.False((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }

    [Fact]
    public async Task SurfacingWithoutTheActualCost_IsRefused_AndTheDiveGoesOn()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.PostAsJsonAsync("/api/tank/dives", new { plannedCost = 10 })).StatusCode);

        var response = await user.Client.PostAsync("/api/tank/surface", ApiUser.Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Say what the dive really cost, from 0 to 1000."], (await Problem.ErrorsAsync(response))["actualCost"]);
        Assert.True((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }

    [Fact]
    public async Task ACheckInWithOnlyItsThreeLevels_IsKept()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");

        var response = await user.Client.PostAsJsonAsync($"/api/relationships/{id}/check-ins", new { depletion = 70, frustration = 60, selfDoubt = 50 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checkIns").GetInt32());
    }

    [Theory]
    [InlineData("InteractionRequest", "kind,proximity")]
    [InlineData("CheckInRequest", "depletion,frustration,selfDoubt")]
    [InlineData("DiveRequest", "plannedCost")]
    [InlineData("SurfaceRequest", "actualCost")]
    [InlineData("RelationshipRequest", "person")]
    [InlineData("RuleRequest", "behaviour,consequence")]
    [InlineData("RuleCheckRequest", "behaviour")]
    public async Task TheOpenApiDocument_ListsAsRequiredOnlyWhatTheEndpointRefusesWithout(string schema, string required)
    {
        var document = await _app.NewClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var listed = document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("required")
            .EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(required.Split(',').Order(StringComparer.Ordinal), listed);
    }
}
