using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>The journal's list page, a page of entries at a time.</summary>
public sealed class JournalListPageTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public JournalListPageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task ALinkToOlderEntriesItDidNotGiveOut_SaysSo_AndShowsTheNewest()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.WriteAsync("The train left at nine.");

        var response = await user.Client.GetAsync("/Journal?continuation=not-a-token-it-gave-out");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await Forms.HtmlAsync(response);
        Assert.Contains("<p class=\"notice\" role=\"status\">That link to older entries is not one this journal gave out", html, StringComparison.Ordinal);
        Assert.Contains("The train left at nine.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstPage_HasNoNoticeAboutTheLink()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.WriteAsync("The train left at nine.");

        var html = await Forms.HtmlAsync(await user.Client.GetAsync("/Journal"));

        Assert.DoesNotContain("is not one this journal gave out", html, StringComparison.Ordinal);
        Assert.Contains("The train left at nine.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachEntrysTime_IsShownInUtc_AndSaysSo()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var written = await user.Client.PostAsJsonAsync("/api/journal", new { happened = "The bus was late.", thoughts = new[] { "I'm late again." }, body = new[] { "hot face" }, did = "ran", feltAt = "2026-03-01T10:30:00+02:00" });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);

        var html = await Forms.HtmlAsync(await user.Client.GetAsync("/Journal"));

        Assert.Contains("<time datetime=\"2026-03-01T08:30:00.0000000+00:00\">2026-03-01 08:30</time> (UTC)</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("10:30", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstPage_HasNoLinkToTheNewest_ButALaterPageHasOne()
    {
        var user = await ApiUser.RegisterAsync(_app);
        for (var i = 0; i < 21; i++)
        {
            await user.WriteAsync($"Entry number {i}.");
        }

        var first = await Forms.HtmlAsync(await user.Client.GetAsync("/Journal"));
        Assert.DoesNotContain("Newest entries", first, StringComparison.Ordinal);
        var older = Regex.Match(first, "<a href=\"(/Journal\\?continuation=[^\"]+)\">Older entries</a>");
        Assert.True(older.Success, "the first page links to older entries");
        Assert.Contains("<nav aria-label=\"Journal pages\">", first, StringComparison.Ordinal);

        var second = await Forms.HtmlAsync(await user.Client.GetAsync(older.Groups[1].Value));

        Assert.Contains("Entry number 0.", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Entry number 20.", second, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Journal pages\">", second, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Journal\">Newest entries</a>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Older entries", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleLink_ShowsTheNewest_WithoutALinkToThem()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.WriteAsync("The train left at nine.");

        var html = await Forms.HtmlAsync(await user.Client.GetAsync("/Journal?continuation=not-a-token-it-gave-out"));

        Assert.DoesNotContain("Newest entries", html, StringComparison.Ordinal);
    }
}
