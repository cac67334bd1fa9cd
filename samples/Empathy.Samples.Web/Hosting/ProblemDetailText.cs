namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// The <c>detail</c> of a problem document whose endpoint gave none (a bare 401, 404, 405 …), so that every
/// error says what it means and what to do, not only its status's name.
/// </summary>
public static class ProblemDetailText
{
    /// <summary>The detail for <paramref name="status"/> of a <paramref name="method"/> request, or null when there is nothing more to say.</summary>
    public static string? For(int? status, string method) => status switch
    {
        StatusCodes.Status401Unauthorized => "Sign in first (POST /api/account/login, or /api/account/register), and send the session cookie it sets with each call.",
        StatusCodes.Status403Forbidden => "Your account may not do this.",
        StatusCodes.Status404NotFound => "There is nothing at this address, or what it names does not exist or is not yours.",
        StatusCodes.Status405MethodNotAllowed => $"This address does not take {method} requests; the OpenAPI document (/openapi/v1.json) lists the ones it takes.",
        _ => null,
    };
}
