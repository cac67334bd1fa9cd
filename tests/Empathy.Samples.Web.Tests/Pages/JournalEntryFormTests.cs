using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// The journal entry form as any browser may send it: an intensity typed as text (browsers without number
/// inputs send what was typed), or fewer rows than the form shows, is answered with the form and the row's
/// error, never a failure page, and nothing is saved until it reads.
/// </summary>
public sealed class JournalEntryFormTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public JournalEntryFormTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task AnIntensityThatIsNotANumber_IsTheRowsError_KeptAsTyped_AndNothingIsSaved()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await PostEntryAsync(user, Rows(("shame", "a lot", ""), ("", "", ""), ("", "", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Forms.HtmlAsync(response);
        Assert.Equal("Intensity before is a whole number from 0 to 100; 'a lot' is not.", Forms.FieldError(html, "emotion-0"));
        Assert.Contains("name=\"Input.Before[0]\" type=\"number\" min=\"0\" max=\"100\" value=\"a lot\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await EntryCountAsync(user));
    }

    [Fact]
    public async Task RowsWithoutTheirIntensities_AreReadAsEmpty_AndTheEntryIsSaved()
    {
        var user = await ApiUser.RegisterAsync(_app);

        // Three names, one intensity: the other rows' intensities are not sent at all.
        var response = await PostEntryAsync(user, new Dictionary<string, string>
        {
            ["Input.Emotions[0]"] = "shame", ["Input.Before[0]"] = "70",
            ["Input.Emotions[1]"] = "", ["Input.Emotions[2]"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entries = (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries");
        var emotion = Assert.Single(entries.EnumerateArray()).GetProperty("emotions").EnumerateArray().Single();
        Assert.Equal("shame", emotion.GetProperty("emotion").GetString());
        Assert.Equal(70, emotion.GetProperty("before").GetInt32());
    }

    [Fact]
    public async Task ARowWithANameAndNoIntensity_IsTheRowsError_WhenFewerIntensityFieldsAreSentThanRows()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await PostEntryAsync(user, new Dictionary<string, string>
        {
            ["Input.Emotions[0]"] = "fear", ["Input.Before[0]"] = "", ["Input.Emotions[1]"] = "", ["Input.Emotions[2]"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Forms.FieldError(await Forms.HtmlAsync(response), "emotion-0"));
        Assert.Equal(0, await EntryCountAsync(user));
    }

    [Fact]
    public async Task AnEmotionNamedInTwoRows_IsTheSecondRowsError_KeptAsTyped_AndNothingIsSaved()
    {
        var user = await ApiUser.RegisterAsync(_app);

        // The empty middle row is not an emotion: the repeat is the second one named, shown as "Emotion 2".
        var response = await PostEntryAsync(user, Rows(("Joy", "40", ""), ("", "", ""), ("joy", "60", "20")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Forms.HtmlAsync(response);
        Assert.Equal("Emotions 1 and 2 both name 'joy' (letter case aside); rate each emotion once.", Forms.FieldError(html, "emotion-1"));
        Assert.Null(Forms.FieldError(html, "emotion-0"));
        Assert.Contains("id=\"emotion-0\" name=\"Input.Emotions[0]\" value=\"Joy\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"emotion-1\" name=\"Input.Emotions[1]\" value=\"joy\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Before[1]\" type=\"number\" min=\"0\" max=\"100\" value=\"60\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await EntryCountAsync(user));
    }

    [Fact]
    public async Task AnEmotionNameOverTheLibrarysLimit_IsTheRowsError_NamingTheLimit()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await PostEntryAsync(user, Rows((new string('e', 101), "40", ""), ("", "", ""), ("", "", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("An emotion's name is at most 100 characters; this one has 101.", Forms.FieldError(await Forms.HtmlAsync(response), "emotion-0"));
        Assert.Equal(0, await EntryCountAsync(user));
    }

    [Fact]
    public async Task AnEntryWithMoreEmotionsThanTheFirstRows_ShowsThemAll_AndKeepsThemAll_WhenSavedAgain()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var create = await user.Client.PostAsJsonAsync("/api/journal", new
        {
            happened = "The meeting ended without my part being named.",
            emotions = new[]
            {
                new { emotion = "fear", before = 80 }, new { emotion = "shame", before = 60 },
                new { emotion = "anger", before = 40 }, new { emotion = "sadness", before = 30 },
            },
        });
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // Every saved emotion has its row, and one empty row follows for another.
        var page = WebUtility.HtmlDecode(await user.Client.GetStringAsync($"/Journal/Edit?id={id}"));
        Assert.Contains("name=\"Input.Emotions[3]\" value=\"sadness\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Emotions[4]\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Emotions[5]", page, StringComparison.Ordinal);

        // The form sent back as shown, with a changed note: nothing of the four is lost.
        var response = await PostEntryAsync(user, Rows(("fear", "80", ""), ("shame", "60", ""), ("anger", "40", ""), ("sadness", "30", ""), ("", "", "")), $"/Journal/Edit?id={id}");

        Forms.AssertRedirect(response, "/Journal/Edit?id=");
        var saved = await user.Client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}");
        Assert.Equal(["fear", "shame", "anger", "sadness"], saved.GetProperty("emotions").EnumerateArray().Select(e => e.GetProperty("emotion").GetString()));
    }

    private static Dictionary<string, string> Rows(params (string Emotion, string Before, string After)[] rows)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Input.Emotions[{i}]"] = rows[i].Emotion;
            fields[$"Input.Before[{i}]"] = rows[i].Before;
            fields[$"Input.After[{i}]"] = rows[i].After;
        }

        return fields;
    }

    private static Task<HttpResponseMessage> PostEntryAsync(ApiUser user, Dictionary<string, string> rows, string page = "/Journal/Edit")
    {
        var fields = new Dictionary<string, string>(rows)
        {
            ["Input.Happened"] = "The meeting ended without my part being named.",
            ["Input.Thoughts"] = "I'm not good enough.",
            ["Input.Body"] = "tight chest",
            ["Input.Did"] = "went for a walk",
        };
        return Forms.PostAsync(user.Client, page, page, fields);
    }

    private static async Task<int> EntryCountAsync(ApiUser user) =>
        (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength();
}
