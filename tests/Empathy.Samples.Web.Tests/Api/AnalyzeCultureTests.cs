using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>
/// A culture the request names in its query is one the site reads text in, or the request is refused: a text
/// sent with <c>?culture=fr</c> is never read as English without a word. The cookie and Accept-Language still
/// fall back to English, as a browser's languages are a wish, not an order.
/// </summary>
public sealed class AnalyzeCultureTests : IClassFixture<SharedApp>
{
    private const string SpanishAccusation = "Siempre me ignoras";

    private readonly WebAppFactory _app;

    public AnalyzeCultureTests(SharedApp shared) => _app = shared.App;

    [Theory]
    [InlineData("observation")]
    [InlineData("message")]
    [InlineData("reply")]
    public async Task Analyze_WithAQueryCultureTheSiteDoesNotRead_Is400NamingTheParameterAndTheCulturesItTakes(string check)
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync($"/api/analyze/{check}?culture=fr", new { text = "You never listen to me." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Problem.ErrorsAsync(response);
        var error = Assert.Single(errors["culture"]);
        Assert.Contains("'fr'", error, StringComparison.Ordinal);
        Assert.Contains("en (English)", error, StringComparison.Ordinal);
        Assert.Contains("es (Spanish)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_WithAnUnreadUiCultureInTheQuery_NamesThatParameter()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/analyze/message?culture=es&ui-culture=fr", new { text = SpanishAccusation });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Problem.ErrorsAsync(response);
        Assert.Equal(["ui-culture"], errors.Keys);
        Assert.Contains("'fr'", errors["ui-culture"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_WithANameThatIsNoCulture_Is400()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/analyze/message?culture=not a culture!", new { text = SpanishAccusation });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'not a culture!'", (await Problem.ErrorsAsync(response))["culture"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-MX")]
    [InlineData("ES")]
    public async Task Analyze_WithARegionOrOtherCaseOfAReadCulture_ReadsIt(string culture)
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync($"/api/analyze/message?culture={culture}", new { text = SpanishAccusation });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Cuando me ignoras", result.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_WithAnUnreadCultureOnlyInAcceptLanguageOrTheCookie_FallsBackToEnglish()
    {
        var user = await ApiUser.RegisterAsync(_app);
        user.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze/message") { Content = JsonContent.Create(new { text = "You always ignore me." }) };
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr");

        var response = await user.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("When ", result.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_WithAnEmptyQueryCulture_FallsBack_AsTheLanguageSwitchDoes()
    {
        var user = await ApiUser.RegisterAsync(_app);
        user.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await user.Client.PostAsJsonAsync("/api/analyze/message?culture=", new { text = SpanishAccusation });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Cuando me ignoras", result.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
    }
}
