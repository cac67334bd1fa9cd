using System.Net;
using System.Text.RegularExpressions;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>Posts HTML forms as a browser without script would: the page's antiforgery token with the fields.</summary>
public static partial class Forms
{
    /// <summary>The antiforgery token of the first form on <paramref name="html"/>.</summary>
    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return match.Groups[1].Value;
    }

    /// <summary>The one-time submission token of the first form on <paramref name="html"/> that carries one.</summary>
    public static string Submission(string html)
    {
        var match = SubmissionPattern().Match(html);
        Assert.True(match.Success, "The page has no form with a submission token.");
        return match.Groups[1].Value;
    }

    /// <summary>
    /// Reads <paramref name="page"/> once for its antiforgery and submission tokens, then posts <paramref name="fields"/>
    /// with both to <paramref name="action"/> <paramref name="times"/> times, one after the other, as a double click
    /// or a browser's "send again" does.
    /// </summary>
    public static async Task<HttpResponseMessage[]> PostRepeatedlyAsync(HttpClient client, string page, string action, IDictionary<string, string> fields, int times = 2)
    {
        var html = await client.GetStringAsync(page);
        var all = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = Token(html),
            ["submission"] = Submission(html),
        };
        var responses = new HttpResponseMessage[times];
        for (var i = 0; i < times; i++)
        {
            responses[i] = await client.PostAsync(action, new FormUrlEncodedContent(all));
        }

        return responses;
    }

    /// <summary>Reads <paramref name="page"/> for a token, then posts <paramref name="fields"/> (with the token unless <paramref name="withToken"/> is false) to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IDictionary<string, string> fields, bool withToken = true)
    {
        var html = await client.GetStringAsync(page);
        var all = new Dictionary<string, string>(fields);
        if (withToken)
        {
            all["__RequestVerificationToken"] = Token(html);
        }

        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    /// <summary>The decoded HTML of a response.</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The text of the field error shown for the input with id <paramref name="id"/>, or null.</summary>
    public static string? FieldError(string html, string id)
    {
        var match = Regex.Match(html, $"<p class=\"field-error\" id=\"{Regex.Escape(id)}-error\"[^>]*>([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>Asserts a redirect to <paramref name="path"/> (with any query) and returns the location.</summary>
    public static string AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(path, location, StringComparison.OrdinalIgnoreCase);
        return location;
    }

    [GeneratedRegex("name=\"submission\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
