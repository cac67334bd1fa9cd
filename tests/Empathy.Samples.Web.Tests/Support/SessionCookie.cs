using System.Net;
using System.Net.Http.Json;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>A signed-in session's cookie, carried by hand to any instance of the site (as a browser would to a load balancer).</summary>
public static class SessionCookie
{
    /// <summary>Signs in on <paramref name="app"/> and returns the session cookie (<c>name=value</c>).</summary>
    public static async Task<string> SignInAsync(WebAppFactory app, string email, string password = ApiUser.Password)
    {
        var client = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("empathy.session=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>A client of <paramref name="app"/> that sends <paramref name="cookie"/> with every request.</summary>
    public static HttpClient ClientWith(WebAppFactory app, string cookie)
    {
        var client = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
