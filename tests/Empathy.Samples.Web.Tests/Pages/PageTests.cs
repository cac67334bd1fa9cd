using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

public sealed partial class PageTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public PageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task Exercises_FollowAcceptLanguage_AndTheSwitchWinsOverIt()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var spanish = new HttpRequestMessage(HttpMethod.Get, "/Exercises/Run?pack=listening&id=three-second-pause");
        spanish.Headers.AcceptLanguage.ParseAdd("es-ES,es;q=0.9");
        Assert.Contains("La pausa de tres segundos", await (await user.Client.SendAsync(spanish)).Content.ReadAsStringAsync());
        Assert.Contains("The three-second pause", await user.Client.GetStringAsync("/Exercises/Run?pack=listening&id=three-second-pause"));

        await SwitchToSpanishAsync(user, await user.Client.GetStringAsync("/Exercises"));
        Assert.Contains("Ejercicios", await user.Client.GetStringAsync("/Exercises"));
    }

    [Fact]
    public async Task ExerciseForm_ValidatesWithTheLibrary_ThenSavesAResponse()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var page = await user.Client.GetStringAsync("/Exercises/Run?pack=listening&id=three-second-pause");
        var missing = await user.Client.PostAsync("/Exercises/Run?pack=listening&id=three-second-pause", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["pack"] = "listening", ["id"] = "three-second-pause", ["answer.urge"] = "4",
        }));
        Assert.Contains("Step 'opinion' is required", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
        var saved = await user.Client.PostAsync("/Exercises/Run?pack=listening&id=three-second-pause", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["pack"] = "listening", ["id"] = "three-second-pause", ["answer.opinion"] = "Cats are better.", ["answer.urge"] = "4", ["answer.next"] = "wait-longer",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Single((await user.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/responses")).EnumerateArray());
    }

    [Fact]
    public async Task Insights_DrawTheCoreThoughtsAndTheTankAsSvg()
    {
        var user = await ApiUser.RegisterAsync(_app);
        for (var i = 0; i < 3; i++)
        {
            await user.WriteAsync($"Meeting number {i}.", ["I'm not good enough.", "I'm a failure."]);
        }

        var page = await user.Client.GetStringAsync("/Insights");
        Assert.Contains("data-testid=\"core-thoughts-chart\"><svg", page);
        Assert.Contains("data-testid=\"tank-chart\"><svg", page);
        Assert.DoesNotContain("style=", page);
    }

    [Fact]
    public async Task Insights_GroupTheThoughtsInTheLanguageThePersonChose()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.WriteAsync("La reunión.", ["No valgo nada.", "Nunca hago nada bien."]);

        var english = WebUtility.HtmlDecode(await user.Client.GetStringAsync("/Insights"));
        await SwitchToSpanishAsync(user, english);
        var spanish = WebUtility.HtmlDecode(await user.Client.GetStringAsync("/Insights"));

        // The Spanish theme's label shows only when the thoughts are read with the Spanish word lists.
        Assert.DoesNotContain("No soy suficiente", english);
        Assert.Contains("No soy suficiente", spanish);
    }

    [Fact]
    public async Task Mirror_WithATextOverTheLimit_SaysSoOnThatField_AndStillChecksTheOther()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await Forms.PostAsync(user.Client, "/Mirror", "/Mirror", new Dictionary<string, string>
        {
            ["Reply"] = new string('r', 8001), ["Message"] = "You never listen to me.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Forms.HtmlAsync(response);
        Assert.Equal("At most 8000 characters can be checked; this has 8001.", Forms.FieldError(html, "reply"));
        Assert.Null(Forms.FieldError(html, "message"));
        Assert.Contains("<h2 id=\"message-title\">Your message</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InSpanish_ThePageStaysEnglish_AndWhatComesInSpanishSaysSo()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var form = await user.Client.GetStringAsync("/Mirror");
        Assert.Contains("<html lang=\"en\">", form);
        await SwitchToSpanishAsync(user, form);

        var exercises = await user.Client.GetStringAsync("/Exercises");
        var mirror = await HoldUpTheMirrorAsync(user, form, "Al menos tienes trabajo.", "Eres un egoísta.");

        // The site's own words (the menu, the headings) are English whatever the switch says.
        Assert.Contains("<html lang=\"en\">", exercises);
        Assert.Matches(@"<div lang=""es"">\s*<h1>Ejercicios</h1>", exercises);
        Assert.Contains("<html lang=\"en\">", mirror);
        Assert.Contains("<ul class=\"findings\" lang=\"es\">", mirror);
        Assert.Contains("<em lang=\"en\">Try instead:</em>", mirror);
        Assert.Contains("<strong lang=\"es\">", mirror);
    }

    [Fact]
    public async Task Mirror_ShowsWhatTheReplyShows_AndOffersAnIStatement()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var form = await user.Client.GetStringAsync("/Mirror");
        var html = await HoldUpTheMirrorAsync(user, form, "That sounds exhausting. What was that like for you?", "Why are you always so cold!");
        Assert.Contains("Your reply shows", html);
        Assert.Contains("Try an I-statement", html);
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    // The mirror's form, posted with a reply and a message; the page it answers with.
    private static async Task<string> HoldUpTheMirrorAsync(ApiUser user, string form, string reply, string message)
    {
        var result = await user.Client.PostAsync("/Mirror", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form), ["Reply"] = reply, ["Message"] = message,
        }));
        return await result.Content.ReadAsStringAsync();
    }

    // The header's language switch, posted with the antiforgery token of a page the person has open.
    private static async Task SwitchToSpanishAsync(ApiUser user, string page)
    {
        var switched = await user.Client.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["culture"] = "es", ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
