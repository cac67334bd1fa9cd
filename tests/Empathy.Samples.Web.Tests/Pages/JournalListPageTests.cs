using System.Net;
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
}
