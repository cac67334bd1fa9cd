using System.Net;
using System.Text.RegularExpressions;
using Empathy.Samples.Web.Submissions;
using Empathy.Samples.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Empathy.Samples.Web.Tests.Pages;

/// <summary>
/// The register form carries a submission token: sent again within the window (a double click, the browser's "send
/// again"), it shows the same recovery key instead of "email taken"; a new form with a taken email, a resend with
/// another password, or a resend after the window still says the email is taken.
/// </summary>
public sealed partial class RegisterResendTests : IClassFixture<SharedApp>
{
    private const string EmailTaken = "That email cannot be used for a new account.";

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly WebAppFactory _app;

    public RegisterResendTests(SharedApp shared) => _app = shared.App;

    [Fact]
    public async Task TheRegisterForm_SentTwice_ShowsTheSameRecoveryKeyBothTimes()
    {
        var client = _app.NewClient();
        var email = NewEmail();

        var responses = await Forms.PostRepeatedlyAsync(client, "/Account/Register", "/Account/Register", Fields(email, ApiUser.Password));

        var first = await Forms.HtmlAsync(responses[0]);
        var second = await Forms.HtmlAsync(responses[1]);
        Assert.Equal(HttpStatusCode.OK, responses[1].StatusCode);
        Assert.NotNull(KeyIn(first));
        Assert.Equal(KeyIn(first), KeyIn(second));
        Assert.Contains("the account was created only once", second);
        Assert.DoesNotContain(EmailTaken, second);
    }

    [Fact]
    public async Task TheRegisterForm_SentTwiceAtOnce_CreatesOneAccount_AndBothShowItsKey()
    {
        var client = _app.NewClient();
        var html = await client.GetStringAsync("/Account/Register");
        var fields = new Dictionary<string, string>(Fields(NewEmail(), ApiUser.Password))
        {
            ["__RequestVerificationToken"] = Forms.Token(html),
            ["submission"] = Forms.Submission(html),
        };

        var responses = await Task.WhenAll(
            client.PostAsync("/Account/Register", new FormUrlEncodedContent(fields)),
            client.PostAsync("/Account/Register", new FormUrlEncodedContent(fields)));

        var keys = await Task.WhenAll(responses.Select(async r => KeyIn(await Forms.HtmlAsync(r))));
        Assert.NotNull(keys[0]);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task ANewRegisterForm_WithATakenEmail_SaysTheEmailIsTaken()
    {
        var email = NewEmail();
        await Forms.PostRepeatedlyAsync(_app.NewClient(), "/Account/Register", "/Account/Register", Fields(email, ApiUser.Password), times: 1);

        var again = await Forms.PostRepeatedlyAsync(_app.NewClient(), "/Account/Register", "/Account/Register", Fields(email, ApiUser.Password), times: 1);

        var html = await Forms.HtmlAsync(again[0]);
        Assert.Null(KeyIn(html));
        Assert.Contains(EmailTaken, html);
    }

    [Fact]
    public async Task AResend_WithAnotherPassword_DoesNotShowTheKey()
    {
        var client = _app.NewClient();
        var email = NewEmail();
        var page = await client.GetStringAsync("/Account/Register");
        var fields = new Dictionary<string, string>(Fields(email, ApiUser.Password))
        {
            ["__RequestVerificationToken"] = Forms.Token(page),
            ["submission"] = Forms.Submission(page),
        };
        await client.PostAsync("/Account/Register", new FormUrlEncodedContent(fields));

        fields["Password"] = "another long password";
        var html = await Forms.HtmlAsync(await client.PostAsync("/Account/Register", new FormUrlEncodedContent(fields)));

        Assert.Null(KeyIn(html));
        Assert.Contains(EmailTaken, html);
    }

    [Fact]
    public async Task AResend_AfterTheWindow_SaysTheEmailIsTaken()
    {
        var clock = new FakeTimeProvider(Start);
        using var app = new WebAppFactory(services: services => services.AddSingleton(new RegistrationLedger(clock)));
        var client = app.NewClient();
        var page = await client.GetStringAsync("/Account/Register");
        var fields = new Dictionary<string, string>(Fields(NewEmail(), ApiUser.Password))
        {
            ["__RequestVerificationToken"] = Forms.Token(page),
            ["submission"] = Forms.Submission(page),
        };
        var first = KeyIn(await Forms.HtmlAsync(await client.PostAsync("/Account/Register", new FormUrlEncodedContent(fields))));

        clock.Advance(TimeSpan.FromMinutes(RegistrationLedger.KeptForMinutes - 1));
        var within = KeyIn(await Forms.HtmlAsync(await client.PostAsync("/Account/Register", new FormUrlEncodedContent(fields))));
        clock.Advance(TimeSpan.FromMinutes(1));
        var after = await Forms.HtmlAsync(await client.PostAsync("/Account/Register", new FormUrlEncodedContent(fields)));

        Assert.NotNull(first);
        Assert.Equal(first, within);
        Assert.Null(KeyIn(after));
        Assert.Contains(EmailTaken, after);
    }

    [Fact]
    public async Task TheRegisterForm_WithoutItsAntiforgeryToken_IsRefused_AndCreatesNoAccount()
    {
        var email = NewEmail();
        var refused = await Forms.PostAsync(_app.NewClient(), "/Account/Register", "/Account/Register", Fields(email, ApiUser.Password), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("reload the page", await Forms.HtmlAsync(refused));
        var later = await Forms.PostRepeatedlyAsync(_app.NewClient(), "/Account/Register", "/Account/Register", Fields(email, ApiUser.Password), times: 1);
        Assert.NotNull(KeyIn(await Forms.HtmlAsync(later[0])));
    }

    [Fact]
    public async Task TheRecoveryKey_IsNeverLogged()
    {
        var responses = await Forms.PostRepeatedlyAsync(_app.NewClient(), "/Account/Register", "/Account/Register", Fields(NewEmail(), ApiUser.Password));
        var key = KeyIn(await Forms.HtmlAsync(responses[1]));

        Assert.NotNull(key);
        Assert.DoesNotContain(_app.Logs, line => line.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheLedger_DropsARegistration_OnceItsWindowIsOver()
    {
        var clock = new FakeTimeProvider(Start);
        var ledger = new RegistrationLedger(clock);
        var (mine, _) = ledger.Claim("token-one");
        mine.Registered("someone@example.test", "KEY");

        clock.Advance(TimeSpan.FromMinutes(RegistrationLedger.KeptForMinutes));
        var (_, theirs) = ledger.Claim("token-two"); // any claim sweeps what is over

        Assert.Null(theirs);
        Assert.Equal(1, ledger.Count); // only token-two (being registered) is left
        Assert.DoesNotContain("KEY", (await mine.Outcome)!.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string email, string password) => new() { ["Email"] = email, ["Password"] = password };

    private static string NewEmail() => $"{Guid.NewGuid():N}@example.test";

    private static string? KeyIn(string html) => KeyPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("data-testid=\"recovery-key\"><code>([^<]+)</code>")]
    private static partial Regex KeyPattern();
}
