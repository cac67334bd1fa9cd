using Empathy.Samples.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Security;

/// <summary>
/// Holds every JSON API call to two rules before any endpoint reads it: a body must be
/// <c>application/json</c> (so no cross-site HTML form, which can only send form or text bodies, reaches
/// the API: 415), and no larger than the configured limit (413; the data import has a larger one).
/// </summary>
public sealed class ApiBodyLimitMiddleware(RequestDelegate next, IOptions<EmpathyHostOptions> options)
{
    /// <summary>The one API path whose body may be as large as <see cref="RequestLimits.MaxImportBytes"/>.</summary>
    public const string ImportPath = "/api/data/import";

    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        var hasBody = request.ContentLength > 0 || request.ContentType is not null || request.Headers.TransferEncoding.Count > 0;
        if (hasBody && !IsJson(request.ContentType))
        {
            await RefuseAsync(context, problems, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "The API accepts only application/json bodies.");
            return;
        }

        var limits = options.Value.Limits;
        var limit = request.Path.StartsWithSegments(ImportPath) ? limits.MaxImportBytes : limits.MaxJsonBytes;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, problems, StatusCodes.Status413PayloadTooLarge, "Body too large", $"This endpoint accepts at most {limit} bytes.");
            return;
        }

        if (request.ContentLength is null && hasBody)
        {
            // No declared length (chunked): read at most limit + 1 bytes, so the endpoint sees a body of known size.
            var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await RefuseAsync(context, problems, StatusCodes.Status413PayloadTooLarge, "Body too large", $"This endpoint accepts at most {limit} bytes.");
                    return;
                }

                buffer.Write(chunk, 0, read);
            }

            buffer.Position = 0;
            request.Body = buffer;
            request.ContentLength = buffer.Length;
        }

        await next(context);
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase) && media.Type.Equals("application", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext context, IProblemDetailsService problems, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
