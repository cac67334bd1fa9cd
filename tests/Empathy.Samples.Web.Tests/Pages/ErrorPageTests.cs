using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Empathy.Core.Storage;
using Empathy.Samples.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// A page request that ends in an error status (a missing page or record, a form refused for its antiforgery
/// token, too many sign-in tries, a failure on our side) is answered with a page saying it in words, with the
/// status kept; the API answers the same cases with problem documents.
/// </summary>
public sealed class ErrorPageTests : IClassFixture<SharedApp>
{
    private readonly WebAppFactory _app;

    public ErrorPageTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task AnotherPersonsEntry_IsANotFoundPage_InWords()
    {
        var alice = await ApiUser.RegisterAsync(_app);
        var id = await alice.WriteAsync("The meeting ended at four.");
        var mallory = await ApiUser.RegisterAsync(_app);

        var response = await mallory.Client.GetAsync($"/Journal/Edit?id={id}");

        var html = await AssertPageAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("<h1>Not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("or that is not yours, is not found either", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressWithNoPage_IsANotFoundPage_AndUnderTheApiAProblem()
    {
        var client = (await ApiUser.RegisterAsync(_app)).Client; // signed in here; a signed-out visitor gets the same 404, not a sign-in redirect (the test below)

        var html = await AssertPageAsync(await client.GetAsync("/no-such-page"), HttpStatusCode.NotFound);
        Assert.Contains("<h1>Not found</h1>", html, StringComparison.Ordinal);

        var api = await client.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/nothing-here")]
    [InlineData("/journal/nothing-here")]
    [InlineData("/css/nothing-here.css")]
    public async Task AnAddressWithNoPage_ForAnAnonymousVisitor_IsANotFoundPage_NotASignInRedirect(string address)
    {
        var response = await _app.NewClient().GetAsync(address);

        var html = await AssertPageAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("<h1>Not found</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nothing")]
    [InlineData("/api/journal/abc/nothing")]
    [InlineData("/openapi/nothing")]
    public async Task AnApiAddressThatNamesNothing_ForAnAnonymousCaller_IsANotFoundProblem_NeverARedirect(string address)
    {
        var response = await _app.NewClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(404, (await Problem.ReadAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task APageThatNeedsSignIn_ForAnAnonymousVisitor_StillSendsThemToSignIn_AndTheApiStillAnswers401()
    {
        var client = _app.NewClient();

        var page = await client.GetAsync("/Journal");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var api = await client.GetAsync("/api/journal");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        await Problem.ReadAsync(api);
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryToken_IsAPageSayingNothingWasSaved()
    {
        var user = await ApiUser.RegisterAsync(_app);

        var response = await Forms.PostAsync(user.Client, "/Journal/Edit", "/Journal/Edit", new Dictionary<string, string>
        {
            ["Happened"] = "The bus was ten minutes late.",
            ["Thoughts"] = "I will be late.",
            ["Body"] = "tight shoulders",
            ["Did"] = "walked faster",
        }, withToken: false);

        var html = await AssertPageAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("<h1>This form could not be accepted</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved. Go back, reload the page and send it again.", html, StringComparison.Ordinal);
        var journal = await user.Client.GetFromJsonAsync<JsonElement>("/api/journal");
        Assert.Equal(0, journal.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task SignInPage_BeyondTheRateLimit_IsAPageSayingToWait_AndTheApiAProblem()
    {
        using var app = new WebAppFactory(settings: new Dictionary<string, string?> { ["Empathy:Accounts:SignInPermitsPerWindow"] = "2" });
        var client = app.NewClient();
        var wrongPassword = new Dictionary<string, string> { ["Email"] = "someone@example.test", ["Password"] = "not the password" };
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(client, "/Account/Login", "/Account/Login", wrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(client, "/Account/Login", "/Account/Login", wrongPassword)).StatusCode);

        var html = await AssertPageAsync(await Forms.PostAsync(client, "/Account/Login", "/Account/Login", wrongPassword), HttpStatusCode.TooManyRequests);
        Assert.Contains("<h1>Too many tries</h1>", html, StringComparison.Ordinal);
        Assert.Contains("wait a minute and try again", html, StringComparison.Ordinal);

        var api = await client.PostAsJsonAsync("/api/account/login", new { email = "someone@example.test", password = "not the password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AFailureOnOurSide_IsTheErrorPage_AndUnderTheApiAProblem()
    {
        using var app = new WebAppFactory(services: services =>
            services.AddSingleton(DispatchProxy.Create<IJournalStore, FailingJournalStore>()));
        var user = await ApiUser.RegisterAsync(app);

        var html = await AssertPageAsync(await user.Client.GetAsync("/Journal"), HttpStatusCode.InternalServerError);
        Assert.Contains("<h1>Something went wrong</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("journal store is down", html, StringComparison.Ordinal);

        var api = await user.Client.GetAsync("/api/journal");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Asserts an HTML page of the site (its layout, English marked) with <paramref name="status"/>, and returns it decoded.</summary>
    private static async Task<string> AssertPageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await Forms.HtmlAsync(response);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
        return html;
    }

    /// <summary>A journal store whose every call fails, as a broken disk or database would.</summary>
    public class FailingJournalStore : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException("The journal store is down.");
    }
}
