namespace Empathy.Samples.Web.Hosting;

/// <summary>Tells the JSON API's requests (answered with problem documents) from the pages' (answered with pages).</summary>
public static class ApiRequests
{
    /// <summary>Whether <paramref name="context"/> is a call to the JSON API or its OpenAPI document.</summary>
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");
}
