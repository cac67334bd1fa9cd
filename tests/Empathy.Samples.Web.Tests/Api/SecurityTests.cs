using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

public sealed class SecurityTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public SecurityTests(SharedApp shared) => _app = shared.App;

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/api/ping")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await _app.NewClient().GetAsync(path);
        var csp = string.Join("", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'none'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join("", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnlyAndSameSiteStrict()
    {
        var response = await _app.NewClient().PostAsJsonAsync("/api/account/register", new { email = $"{Guid.NewGuid():N}@example.test", password = ApiUser.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("empathy.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheJournalApi()
    {
        var response = await _app.NewClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/journal", out _));
        Assert.True(paths.TryGetProperty("/api/journal/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/analyze/observation", out _));
        Assert.True(paths.TryGetProperty("/api/account/register", out _));
    }

    [Fact]
    public async Task Pages_AnonymousRequests_AreSentToSignIn()
    {
        var response = await _app.NewClient().GetAsync("/Journal");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task PageForm_PostedWithoutTheAntiforgeryToken_IsRefusedAndWritesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await user.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Happened"] = "Forged from another site." }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/journal")).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task PageForm_WithTheAntiforgeryToken_SavesAndShowsTheObservationHints()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var form = await user.Client.GetStringAsync("/Journal/Edit");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var saved = await user.Client.PostAsync("/Journal/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Happened"] = "My boss always ignores me on purpose.",
            ["Input.Thoughts"] = "I'm not good enough.",
            ["Input.Emotions[0]"] = "shame",
            ["Input.Before[0]"] = "70",
            ["Input.After[0]"] = "40",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await user.Client.GetStringAsync(saved.Headers.Location!.ToString());
        Assert.Contains("data-testid=\"observation-hints\"", page);
        Assert.Contains("always", page);
    }

    [Fact]
    public async Task SignIn_BeyondTheRateLimit_Is429()
    {
        using var app = new WebAppFactory(settings: new Dictionary<string, string?> { ["Empathy:Accounts:SignInPermitsPerWindow"] = "3" });
        var client = app.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/account/login", new { email = "someone@example.test", password = "not the password" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ShowingTheSignInForms_CostsNoTries()
    {
        using var app = new WebAppFactory(settings: new Dictionary<string, string?> { ["Empathy:Accounts:SignInPermitsPerWindow"] = "2" });
        var client = app.NewClient();
        foreach (var page in new[] { "/Account/Login", "/Account/Register", "/Account/Recover", "/Account/Login", "/Account/Login" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/account/login", new { email = "someone@example.test", password = "not the password" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Analyze_Observation_FindsInterpretation_AndTheCrisisSignalBringsTheHostsHelpText()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var interpreted = await (await user.Client.PostAsJsonAsync("/api/analyze/observation", new { text = "My boss always targets me on purpose." })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(interpreted.GetProperty("isObjective").GetBoolean());
        Assert.True(interpreted.GetProperty("findings").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Null, interpreted.GetProperty("crisisHelp").ValueKind);

        var crisis = await (await user.Client.PostAsJsonAsync("/api/analyze/observation", new { text = "I want to kill myself tonight." })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(WebAppFactory.CrisisHelpText, crisis.GetProperty("crisisHelp").GetString());
    }

    [Fact]
    public async Task Analyze_Message_TurnsAnAccusationIntoAnIStatement()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var result = await (await user.Client.PostAsJsonAsync("/api/analyze/message", new { text = "Why are you always so cold!" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("isAccusation").GetBoolean());
        Assert.Contains("I", result.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Analyze_Reply_NamesTheComponentsItShowsAndMisses()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var result = await (await user.Client.PostAsJsonAsync("/api/analyze/reply", new { text = "That sounds exhausting. What was that like for you?" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("components").GetArrayLength() > 0);
        Assert.True(result.GetProperty("missing").GetArrayLength() < 3);
    }

    [Fact]
    public async Task Analyze_ReadsTheTextInTheRequestsLanguage()
    {
        var user = await ApiUser.RegisterAsync(_app);
        const string Reply = "Lo siento mucho. ¿Cómo estás?";

        var english = await (await user.Client.PostAsJsonAsync("/api/analyze/reply", new { text = Reply })).Content.ReadFromJsonAsync<JsonElement>();
        var spanish = new HttpRequestMessage(HttpMethod.Post, "/api/analyze/reply") { Content = JsonContent.Create(new { text = Reply }) };
        spanish.Headers.AcceptLanguage.ParseAdd("es-ES,es;q=0.9");
        var read = await (await user.Client.SendAsync(spanish)).Content.ReadFromJsonAsync<JsonElement>();
        var crisis = await (await user.Client.PostAsJsonAsync("/api/analyze/observation?culture=es", new { text = "Quiero morir." })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, english.GetProperty("components").GetArrayLength()); // English word lists: none of these words
        Assert.Contains(read.GetProperty("components").EnumerateArray(), c => c.GetString() == "affective");
        Assert.Equal(WebAppFactory.CrisisHelpText, crisis.GetProperty("crisisHelp").GetString());
    }

    [Fact]
    public async Task AFullSession_WritesNoEntryTextToTheLogs()
    {
        using var app = new WebAppFactory();
        var user = await ApiUser.RegisterAsync(app);
        const string secret = "Zanzibar marmalade confession";
        var id = await user.WriteAsync($"{secret} happened at the table.", [$"{secret} thought"]);
        await user.Client.GetStringAsync($"/api/journal/{id}");
        await user.Client.GetStringAsync("/api/journal");
        await user.Client.PutAsJsonAsync($"/api/journal/{id}", new { happened = $"{secret} edited" });
        await user.Client.PostAsJsonAsync("/api/analyze/observation", new { text = $"{secret} always" });
        await user.Client.PostAsJsonAsync("/api/journal", new { happened = secret, emotions = new[] { new { emotion = "fear", before = 500 } } });
        await user.Client.PostAsync("/api/journal", ApiUser.Json($"{{\"happened\": \"{secret}\", \"oops\": 1}}"));
        await user.Client.GetStringAsync($"/Journal/Edit?id={id}");
        await user.Client.GetStringAsync("/Journal");
        await user.Client.PostAsync("/api/account/logout", null);

        Assert.NotEmpty(app.Logs);
        Assert.DoesNotContain(app.Logs, line => line.Contains("Zanzibar", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(app.Logs, line => line.Contains(ApiUser.Password, StringComparison.Ordinal));
    }
}
