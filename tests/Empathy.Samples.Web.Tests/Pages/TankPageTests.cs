using System.Net;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

public sealed class TankPageTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public TankPageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task DiveAndSurface_RoundTrip_ShowsTheLevelAndTheHistory()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var first = await user.Client.GetStringAsync("/Tank");
        Assert.Contains("Level <strong>100</strong> of 100", first);
        Assert.Contains("data-testid=\"tank-chart\"><svg", first);
        Assert.Contains("No dives yet.", first);

        var dived = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "30", ["Input.Label"] = "listening to Sam" });
        Forms.AssertRedirect(dived, "/Tank?done=dived");
        Assert.True((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
        var diving = await user.Client.GetStringAsync("/Tank");
        Assert.Contains("<label for=\"actualCost\">", diving);
        Assert.Contains("listening to Sam", diving);

        var surfaced = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Surface", new Dictionary<string, string> { ["Input.ActualCost"] = "40" });
        Forms.AssertRedirect(surfaced, "/Tank?done=surfaced");
        var tank = await PracticeApi.GetAsync(user, "/api/tank");
        Assert.False(tank.GetProperty("isDiving").GetBoolean());
        Assert.InRange(tank.GetProperty("level").GetDouble(), 59.9, 61);
        Assert.Contains("<td>40</td>", await user.Client.GetStringAsync("/Tank"));
    }

    [Fact]
    public async Task DiveBelowTheReserve_IsRefusedAsAMessage_ThenGoesAheadWhenOverridden()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var refused = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "90" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await Forms.HtmlAsync(refused);
        Assert.Contains("data-testid=\"dive-refused\"", html);
        Assert.Contains("Dive refused: it would take you below your reserve", html);
        Assert.Contains("<h1>Your energy tank</h1>", html);
        Assert.Contains("value=\"90\"", html);
        Assert.False((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());

        var overridden = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "90", ["Input.OverrideReserve"] = "true" });
        Forms.AssertRedirect(overridden, "/Tank?done=dived");
        Assert.True((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
        Assert.Contains("(reserve overridden)", await user.Client.GetStringAsync("/Tank"));
    }

    [Fact]
    public async Task Dive_WithACostThatIsNotANumber_ShowsTheFieldError_AndStartsNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "lots" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("not a number", Forms.FieldError(html, "plannedCost"));
        Assert.Contains("value=\"lots\"", html);
        Assert.False((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());

        var negative = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "-5" });
        Assert.Contains("Between 0 and 1000", Forms.FieldError(await negative.Content.ReadAsStringAsync(), "plannedCost"));
        Assert.False((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }

    [Fact]
    public async Task EachPersonHasTheirOwnTank()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var mallory = await ApiUser.RegisterAsync(_app);
        Forms.AssertRedirect(await Forms.PostAsync(alice.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "20" }), "/Tank");

        // Mallory cannot surface Alice's dive: her own tank has none under way.
        var surfaced = await Forms.PostAsync(mallory.Client, "/Tank", "/Tank?handler=Surface", new Dictionary<string, string> { ["Input.ActualCost"] = "5" });
        Assert.Contains("No dive is underway.", await Forms.HtmlAsync(surfaced));
        Assert.True((await PracticeApi.GetAsync(alice, "/api/tank")).GetProperty("isDiving").GetBoolean());
        Assert.False((await PracticeApi.GetAsync(mallory, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }
}
