using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>One person using the API through their own client (own cookies).</summary>
public sealed class ApiUser
{
    public const string Password = "correct horse battery";

    private ApiUser(HttpClient client, string email, string password, string recoveryKey)
    {
        Client = client;
        Email = email;
        CurrentPassword = password;
        RecoveryKey = recoveryKey;
    }

    public HttpClient Client { get; }

    public string Email { get; }

    public string CurrentPassword { get; set; }

    public string RecoveryKey { get; set; }

    /// <summary>Registers a new person (signed in afterwards).</summary>
    public static async Task<ApiUser> RegisterAsync(WebAppFactory app, string? email = null, string password = Password)
    {
        var client = app.NewClient();
        email ??= $"{Guid.NewGuid():N}@example.test";
        var response = await client.PostAsJsonAsync("/api/account/register", new { email, password });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new ApiUser(client, email, password, body.GetProperty("recoveryKey").GetString()!);
    }

    /// <summary>Signs in on a fresh client (for the same person, e.g. after a restart).</summary>
    public static async Task<HttpClient> SignInAsync(WebAppFactory app, string email, string password)
    {
        var client = app.NewClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>Writes an entry and returns its id.</summary>
    public async Task<string> WriteAsync(string happened, string[]? thoughts = null)
    {
        var response = await Client.PostAsJsonAsync("/api/journal", new { happened, thoughts = thoughts ?? ["I always mess things up."], body = new[] { "tight chest" }, did = "went for a walk" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
