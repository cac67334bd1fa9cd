using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>
/// The I-statement offered for an accusing message is in the language the message was read in, on the mirror page
/// and in the API; never the parts of a Spanish message inside English words ("When me ignoras, I feel …").
/// </summary>
public sealed class IStatementLanguageTests : IClassFixture<SharedApp>
{
    private const string SpanishAccusation = "Siempre me ignoras";

    private readonly WebAppFactory _app;

    public IStatementLanguageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task MirrorPage_InSpanish_OffersTheIStatementInSpanish()
    {
        var user = await ApiUser.RegisterAsync(_app);
        user.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await Forms.PostAsync(user.Client, "/Mirror", "/Mirror", new Dictionary<string, string> { ["Message"] = SpanishAccusation });

        var html = await Forms.HtmlAsync(response);
        Assert.Contains("Try an I-statement: <strong lang=\"es\">Cuando me ignoras, me siento [", html, StringComparison.Ordinal);
        Assert.DoesNotContain("When me ignoras", html, StringComparison.Ordinal);
        Assert.DoesNotContain("I feel [tu sentimiento", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeMessage_InSpanish_GivesTheSentenceInSpanish_AndTheStatementInItsParts()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await user.Client.PostAsJsonAsync("/api/analyze/message?culture=es", new { text = SpanishAccusation });

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Cuando me ignoras, me siento [", result.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
        var statement = result.GetProperty("statement");
        Assert.Equal(JsonValueKind.Object, statement.ValueKind);
        Assert.Equal("me ignoras", statement.GetProperty("observation").GetString());
        Assert.StartsWith("[tu sentimiento", statement.GetProperty("feeling").GetString(), StringComparison.Ordinal);
        Assert.Equal(["observation"], statement.GetProperty("fromMessage").EnumerateArray().Select(p => p.GetString()));
        Assert.DoesNotContain("When ", result.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeMessage_WithoutAnAccusation_HasNoStatement()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var result = await (await user.Client.PostAsJsonAsync("/api/analyze/message", new { text = "I felt left out at lunch today." })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(result.GetProperty("isAccusation").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("statement").ValueKind);
    }
}
