using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Tests.Support;

namespace Empathy.Samples.Web.Tests.Api;

/// <summary>Every account operation, on each store (SQLite here, PostgreSQL in <c>PostgreSqlAccountApiTests</c>).</summary>
public abstract class AccountApiTests
{
    private readonly WebAppFactory _app;

    protected AccountApiTests(WebAppFactory app) => _app = app;

    [Fact]
    public async Task Register_Is201WithARecoveryKey_AndSignsIn()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Assert.Matches("^([0-9A-Z]{4}-)+[0-9A-Z]{1,4}$", user.RecoveryKey);
        var me = await user.Client.GetFromJsonAsync<JsonElement>("/api/account");
        Assert.Equal(user.Email, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Register_WithAShortPassword_IsAValidationProblemOnPassword()
    {
        var response = await _app.NewClient().PostAsJsonAsync("/api/account/register", new { email = "short@example.test", password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("password", (await Problem.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Register_TheSameEmailTwice_IsRefusedTheSecondTime()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await _app.NewClient().PostAsJsonAsync("/api/account/register", new { email = user.Email, password = ApiUser.Password });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("email", (await Problem.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Login_WithAWrongPasswordOrAnUnknownEmail_GivesTheSameGenericProblem()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var wrong = await _app.NewClient().PostAsJsonAsync("/api/account/login", new { email = user.Email, password = "not the password" });
        var unknown = await _app.NewClient().PostAsJsonAsync("/api/account/login", new { email = "nobody@example.test", password = "not the password" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(AccountMessages.BadCredentials, (await Problem.ReadAsync(wrong)).GetProperty("detail").GetString());
        Assert.Equal(AccountMessages.BadCredentials, (await Problem.ReadAsync(unknown)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedOutEvenWithTheRightPassword()
    {
        var user = await ApiUser.RegisterAsync(_app);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await _app.NewClient().PostAsJsonAsync("/api/account/login", new { email = user.Email, password = "wrong password " + i })).StatusCode);
        }

        var locked = await _app.NewClient().PostAsJsonAsync("/api/account/login", new { email = user.Email, password = ApiUser.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(AccountMessages.BadCredentials, (await Problem.ReadAsync(locked)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var user = await ApiUser.RegisterAsync(_app);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.PostAsync("/api/account/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/journal")).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_ReWrapsTheKey_SoTheNewPasswordOpensTheOldEntries()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await user.WriteAsync("Written before the change.");
        var change = await user.Client.PostAsJsonAsync("/api/account/password", new { currentPassword = ApiUser.Password, newPassword = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.NewClient().PostAsJsonAsync("/api/account/login", new { email = user.Email, password = ApiUser.Password })).StatusCode);
        var client = await ApiUser.SignInAsync(_app, user.Email, "a brand new passphrase");
        Assert.Equal("Written before the change.", (await client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());
        // The session that changed it goes on working.
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"/api/journal/{id}")).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_WithTheWrongCurrentPassword_ChangesNothing()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var change = await user.Client.PostAsJsonAsync("/api/account/password", new { currentPassword = "not my password", newPassword = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains("currentPassword", (await Problem.ErrorsAsync(change)).Keys);
        await ApiUser.SignInAsync(_app, user.Email, ApiUser.Password);
    }

    [Fact]
    public async Task Recovery_WithTheRecoveryKey_SetsANewPasswordKeepsTheEntriesAndIssuesANewKey()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var id = await user.WriteAsync("Written before I forgot.");
        var recover = await _app.NewClient().PostAsJsonAsync("/api/account/recover", new { email = user.Email, recoveryKey = user.RecoveryKey.ToLowerInvariant(), newPassword = "remembered this time" });
        Assert.Equal(HttpStatusCode.OK, recover.StatusCode);
        var newKey = (await recover.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryKey").GetString();
        Assert.NotEqual(user.RecoveryKey, newKey);

        var client = await ApiUser.SignInAsync(_app, user.Email, "remembered this time");
        Assert.Equal("Written before I forgot.", (await client.GetFromJsonAsync<JsonElement>($"/api/journal/{id}")).GetProperty("happened").GetString());

        // The old recovery key stopped working.
        var again = await _app.NewClient().PostAsJsonAsync("/api/account/recover", new { email = user.Email, recoveryKey = user.RecoveryKey, newPassword = "another new password" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(AccountMessages.BadRecovery, (await Problem.ReadAsync(again)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Recovery_WithoutTheRecoveryKey_SaysPlainlyTheEntriesCannotBeRecovered()
    {
        var user = await ApiUser.RegisterAsync(_app);
        var response = await _app.NewClient().PostAsJsonAsync("/api/account/recover", new { email = user.Email, newPassword = "whatever it is now" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cannot be recovered", (await Problem.ErrorsAsync(response))["recoveryKey"][0]);
    }

    [Fact]
    public async Task DeleteAccount_ErasesEverything_AndTheAccountNoLongerSignsIn()
    {
        var user = await ApiUser.RegisterAsync(_app);
        await user.WriteAsync("Soon to be erased.");
        Assert.Equal(HttpStatusCode.BadRequest, (await user.Client.PostAsJsonAsync("/api/account/delete", new { confirm = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.PostAsJsonAsync("/api/account/delete", new { confirm = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Client.GetAsync("/api/journal")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.NewClient().PostAsJsonAsync("/api/account/login", new { email = user.Email, password = ApiUser.Password })).StatusCode);
    }
}

/// <summary>The account tests on the default store (SQLite in the data folder).</summary>
public sealed class SqliteAccountApiTests(SharedApp shared) : AccountApiTests(shared.App), IClassFixture<SharedApp>;
