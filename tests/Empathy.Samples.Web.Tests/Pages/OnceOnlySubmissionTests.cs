using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// A page form that creates a record carries a one-time submission token: sending the same form twice (a double
/// click, the browser's "send again") saves once, and the second send shows what was saved with a plain notice.
/// The token is the person's own: another person's copy of it saves their own record.
/// </summary>
public sealed class OnceOnlySubmissionTests : IClassFixture<SharedApp>
{
    private const string ResentNotice = "This form had already been sent, so it was saved only once";

    private readonly WebAppFactory _app;

    public OnceOnlySubmissionTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task TheJournalForm_SentTwice_SavesOneEntry_AndTheSecondSendShowsIt()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var responses = await Forms.PostRepeatedlyAsync(user.Client, "/Journal/Edit", "/Journal/Edit", Entry("The meeting ended early."));

        var first = Forms.AssertRedirect(responses[0], "/Journal/Edit?id=");
        var second = Forms.AssertRedirect(responses[1], "/Journal/Edit?id=");
        Assert.Equal(IdIn(first), IdIn(second));
        Assert.Equal(1, await EntryCountAsync(user));
        var shown = await Forms.HtmlAsync(await user.Client.GetAsync(second));
        Assert.Contains(ResentNotice, shown);
        Assert.Contains("The meeting ended early.", shown);
    }

    [Fact]
    public async Task TheJournalForm_SentTwiceAtOnce_SavesOneEntry()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var html = await user.Client.GetStringAsync("/Journal/Edit");
        var fields = new Dictionary<string, string>(Entry("Both clicks arrived together."))
        {
            ["__RequestVerificationToken"] = Forms.Token(html),
            ["submission"] = Forms.Submission(html),
        };

        var responses = await Task.WhenAll(
            user.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(fields)),
            user.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(fields)));

        Assert.All(responses, r => Forms.AssertRedirect(r, "/Journal/Edit?id="));
        Assert.Equal(1, await EntryCountAsync(user));
    }

    [Fact]
    public async Task ASubmissionRefusedForItsFields_IsNotUsedUp_SoTheCorrectedFormSaves()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var html = await user.Client.GetStringAsync("/Journal/Edit");
        var fields = new Dictionary<string, string>(Entry(""))
        {
            ["__RequestVerificationToken"] = Forms.Token(html),
            ["submission"] = Forms.Submission(html),
        };

        var refused = await user.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(fields));
        fields["Input.Happened"] = "Now with what happened.";
        var saved = await user.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Forms.AssertRedirect(saved, "/Journal/Edit?id=");
        Assert.Equal(1, await EntryCountAsync(user));
    }

    [Fact]
    public async Task EveryFormRenderedAnew_HasItsOwnSubmission()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var first = Forms.Submission(await user.Client.GetStringAsync("/Journal/Edit"));
        var second = Forms.Submission(await user.Client.GetStringAsync("/Journal/Edit"));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task AnotherPersonsCopyOfASubmission_SavesTheirOwnEntry_AndLeavesTheFirstPersonsAlone()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var bob = await ApiUser.RegisterAsync(_app);
        var html = await alice.Client.GetStringAsync("/Journal/Edit");
        var submission = Forms.Submission(html);
        var aliceSaved = await alice.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(new Dictionary<string, string>(Entry("Alice's entry."))
        {
            ["__RequestVerificationToken"] = Forms.Token(html), ["submission"] = submission,
        }));

        var bobPage = await bob.Client.GetStringAsync("/Journal/Edit");
        var bobSaved = await bob.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(new Dictionary<string, string>(Entry("Bob's entry."))
        {
            ["__RequestVerificationToken"] = Forms.Token(bobPage), ["submission"] = submission,
        }));

        Assert.NotEqual(IdIn(Forms.AssertRedirect(aliceSaved, "/Journal/Edit?id=")), IdIn(Forms.AssertRedirect(bobSaved, "/Journal/Edit?id=")));
        Assert.Equal(1, await EntryCountAsync(alice));
        Assert.Equal(1, await EntryCountAsync(bob));
        Assert.DoesNotContain(ResentNotice, await Forms.HtmlAsync(await bob.Client.GetAsync(bobSaved.Headers.Location)));
    }

    [Fact]
    public async Task TheCriticForm_SentTwice_NamesOneCritic_AndTheSecondSendIsNotAnError()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var responses = await Forms.PostRepeatedlyAsync(user.Client, "/Critics", "/Critics", new Dictionary<string, string> { ["Input.Name"] = "the heckler" });

        Forms.AssertRedirect(responses[0], "/Critics/Edit?id=");
        Forms.AssertRedirect(responses[1], "/Critics/Edit?id=");
        Assert.Single((await PracticeApi.GetAsync(user, "/api/critics")).EnumerateArray());
    }

    [Fact]
    public async Task TheRelationshipForm_SentTwice_AddsOnePerson_AndTheSecondSendIsNotAnError()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var responses = await Forms.PostRepeatedlyAsync(user.Client, "/Relationships", "/Relationships", new Dictionary<string, string> { ["Input.Person"] = "Sam" });

        Forms.AssertRedirect(responses[0], "/Relationships/Edit?id=");
        Forms.AssertRedirect(responses[1], "/Relationships/Edit?id=");
        Assert.Single((await PracticeApi.GetAsync(user, "/api/relationships")).EnumerateArray());
    }

    [Fact]
    public async Task TheContactForm_SentTwice_LogsOneContact()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");

        var responses = await Forms.PostRepeatedlyAsync(user.Client, $"/Relationships/Edit?id={id}", "/Relationships/Edit?handler=Contact", new Dictionary<string, string>
        {
            ["id"] = id, ["Contact.Kind"] = "Call", ["Contact.Proximity"] = "80", ["Contact.Minutes"] = "30",
        });

        Assert.All(responses, r => Forms.AssertRedirect(r, "/Relationships/Edit?id="));
        Assert.Equal(1, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}")).GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task TheExitCheckInForm_SentTwice_SavesOneCheckIn()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await PracticeApi.AddRelationshipAsync(user, "Sam");

        var responses = await Forms.PostRepeatedlyAsync(user.Client, $"/Boundaries/Exit?id={id}", "/Boundaries/Exit", new Dictionary<string, string>
        {
            ["id"] = id, ["Input.Depletion"] = "60", ["Input.Frustration"] = "50", ["Input.SelfDoubt"] = "40",
        });

        Assert.All(responses, r => Forms.AssertRedirect(r, "/Boundaries/Exit?id="));
        Assert.Equal(1, (await PracticeApi.GetAsync(user, $"/api/relationships/{id}/exit")).GetProperty("checkIns").GetInt32());
    }

    [Fact]
    public async Task TheRuleForm_SentTwice_AddsOneRule()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var responses = await Forms.PostRepeatedlyAsync(user.Client, "/Boundaries/Rule", "/Boundaries/Rule", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = "you interrupt me", ["Input.Consequence"] = "I stop and ask you to let me finish", ["Input.IsActive"] = "true",
        });

        Assert.All(responses, r => Forms.AssertRedirect(r, "/Boundaries"));
        Assert.Single((await PracticeApi.GetAsync(user, "/api/boundaries")).GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task TheExerciseForm_SentTwice_SavesOneResponse()
    {
        var user = await ApiUser.RegisterAsync(_app);
        const string page = "/Exercises/Run?pack=listening&id=three-second-pause";

        var responses = await Forms.PostRepeatedlyAsync(user.Client, page, page, new Dictionary<string, string>
        {
            ["pack"] = "listening", ["id"] = "three-second-pause", ["answer.opinion"] = "Cats are better.", ["answer.urge"] = "4",
        });

        Assert.All(responses, r => Forms.AssertRedirect(r, "/Exercises/Run?pack=listening"));
        Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/responses")).EnumerateArray());
    }

    [Fact]
    public async Task TheDiveForm_SentTwice_StartsOneDive_AndTheSecondSendIsNotAnError()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var responses = await Forms.PostRepeatedlyAsync(user.Client, "/Tank", "/Tank?handler=Dive", new Dictionary<string, string> { ["Input.PlannedCost"] = "20" });

        Assert.All(responses, r => Forms.AssertRedirect(r, "/Tank"));
        Assert.True((await PracticeApi.GetAsync(user, "/api/tank")).GetProperty("isDiving").GetBoolean());
    }

    private static Dictionary<string, string> Entry(string happened) => new()
    {
        ["Input.Happened"] = happened, ["Input.Thoughts"] = "I'm not good enough.", ["Input.Body"] = "tight chest", ["Input.Did"] = "went for a walk",
    };

    private static string IdIn(string location) => location.Split("id=")[1].Split('&')[0];

    private static async Task<int> EntryCountAsync(ApiUser user) =>
        (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength();
}
