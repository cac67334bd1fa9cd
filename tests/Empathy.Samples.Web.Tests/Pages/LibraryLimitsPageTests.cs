using System.Net;
using Empathy.Core.Boundaries;
using Empathy.Core.Energy;
using Empathy.Core.People;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// The pages' forms at the library's own limits: a text at the limit is saved, one over it is the field's error
/// with what was typed kept in the form, and nothing is saved or lost; never a failure page.
/// </summary>
public sealed class LibraryLimitsPageTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public LibraryLimitsPageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task Dive_WithALabelOverTheLibrarysLimit_IsTheLabelsError_KeptAsTyped_AndStartsNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var label = new string('l', Dive.MaxLabelLength + 1);

        var response = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "30", ["Input.Label"] = label });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Forms.HtmlAsync(response);
        Assert.Equal("A dive's label is at most 200 characters; this one has 201.", Forms.FieldError(html, "label"));
        Assert.Contains($"value=\"{label}\"", html, StringComparison.Ordinal);
        Assert.False((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }

    [Fact]
    public async Task Dive_WithALabelAtTheLibrarysLongestLength_IsSaved()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var label = new string('l', Dive.MaxLabelLength);

        var response = await Forms.PostAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "30", ["Input.Label"] = label });

        Forms.AssertRedirect(response, "/Tank?done=dived");
        Assert.Contains($"({label})", await user.Client.GetStringAsync("/Tank"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlacingAPerson_AtTheLibrarysLongestName_IsSaved_AndOneOverIsThePersonsError()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var longest = new string('p', PersonName.MaxLength);

        var saved = await PlaceAsync(user, longest);
        var refused = await PlaceAsync(user, longest + "q");

        Forms.AssertRedirect(saved, "/Boundaries?done=placed");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await Forms.HtmlAsync(refused);
        Assert.Equal("A person's name is at most 200 characters; this one has 201.", Forms.FieldError(html, "person"));
        Assert.Contains($"value=\"{longest}q\"", html, StringComparison.Ordinal);
        Assert.Single((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("zones").EnumerateArray());
    }

    [Fact]
    public async Task RemovingAPersonNamedLongerThanTheLibraryHolds_IsNotFound_NotAFailure()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Forms.AssertRedirect(await PlaceAsync(user, "Sam"), "/Boundaries?done=placed");

        var response = await Forms.PostAsync(user.Client, "/Boundaries", "/Boundaries?handler=RemovePerson", new Dictionary<string, string> { ["Person"] = new string('p', PersonName.MaxLength + 1) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("zones").EnumerateArray());
    }

    [Fact]
    public async Task ARule_AtTheLibrarysLongestTexts_IsSaved_AndOneOverIsTheFieldsError_KeptAsTyped()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var longest = new string('r', IfThenRule.MaxTextLength);

        var saved = await RuleAsync(user, longest);
        var refused = await RuleAsync(user, longest + "r");

        Forms.AssertRedirect(saved, "/Boundaries?done=rule-saved");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await Forms.HtmlAsync(refused);
        Assert.Equal("At most 500 characters; this has 501.", Forms.FieldError(html, "behaviour"));
        Assert.Contains($"value=\"{longest}r\"", html, StringComparison.Ordinal);
        Assert.Single((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task ARuleWithADeadlineOnTheCalendarsLastDay_IsTheDeadlinesError_NotAFailure()
    {
        // The deadline is the end of the day, the first moment of the next: after 9999-12-31 there is none.
        const string deadline = "9999-12-31";
        var user = await ApiUser.RegisterAsync(_app);

        var response = await Forms.PostAsync(user.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = "you shout", ["Input.Consequence"] = "I will leave", ["Input.IsActive"] = "true",
            ["Input.Deadline"] = deadline,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith($"{deadline} is outside the dates this site keeps", Forms.FieldError(await Forms.HtmlAsync(response), "deadline"), StringComparison.Ordinal);
        Assert.Empty((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task ARuleWithTheLastDeadlineTheCalendarHolds_IsSaved()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await Forms.PostAsync(user.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = "you shout", ["Input.Consequence"] = "I will leave", ["Input.IsActive"] = "true", ["Input.Deadline"] = "9999-12-30",
        });

        Forms.AssertRedirect(response, "/Boundaries?done=rule-saved");
    }

    [Fact]
    public async Task AContactAtTheStartOfTheCalendarInAZoneAheadOfUtc_IsTheTimesError_NotAFailure()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");

        var response = await Forms.PostAsync(user.Client, $"/Relationships/Edit?id={id}", "/Relationships/Edit?handler=Contact", new Dictionary<string, string>
        {
            ["id"] = id, ["Contact.Kind"] = "Call", ["Contact.Proximity"] = "50", ["Contact.At"] = "0001-01-01T00:00", ["Contact.TimeZone"] = "Asia/Tokyo",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("0001-01-01 00:00 is outside the dates this site keeps", Forms.FieldError(await Forms.HtmlAsync(response), "at"), StringComparison.Ordinal);
        Assert.Equal(0, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("interactions").GetInt32());
    }

    private static Task<HttpResponseMessage> PlaceAsync(ApiUser user, string person) =>
        Forms.PostAsync(user.Client, "/Boundaries", "/Boundaries?handler=Place", new Dictionary<string, string> { ["Person"] = person, ["Zone"] = "Inside" });

    private static Task<HttpResponseMessage> RuleAsync(ApiUser user, string behaviour) =>
        Forms.PostAsync(user.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = behaviour, ["Input.Consequence"] = "I will leave", ["Input.IsActive"] = "true",
        });
}
