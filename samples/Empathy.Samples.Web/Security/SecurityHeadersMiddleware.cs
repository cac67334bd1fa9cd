namespace Empathy.Samples.Web.Security;

/// <summary>
/// Security headers on every response: a Content-Security-Policy that allows no inline script or style
/// and no framing, no MIME sniffing, no referrer, and no caching of private pages.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The policy: everything from this origin only; no script at all; no inline style.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!context.Request.Path.StartsWithSegments("/css") && !headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store"; // journal pages must not linger in shared caches
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>Adds the security middleware.</summary>
public static class SecurityHeadersExtensions
{
    /// <summary>Adds security headers (and HSTS outside development).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ApiBodyLimitMiddleware>();
        return app;
    }
}
