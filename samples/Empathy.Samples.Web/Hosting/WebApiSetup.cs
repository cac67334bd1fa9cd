using Empathy.Samples.Web.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Empathy.Samples.Web.Hosting;

/// <summary>The JSON API's plumbing: serialization, problem documents (RFC 9457) and the OpenAPI document.</summary>
public static class WebApiSetup
{
    /// <summary>Adds the services.</summary>
    public static WebApplicationBuilder AddWebApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default);
            json.SerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            json.SerializerOptions.Converters.Add(new MomentWithOffsetConverter()); // a moment without its offset is refused, not read in the server's zone
        });
        // A body that cannot be read is thrown to UseWebErrors, which answers with a 400 problem document saying
        // what is wrong and where, in every environment (never a developer exception page).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.Remove("exception"); // never echo internals
            context.ProblemDetails.Detail ??= ProblemDetailText.For(context.ProblemDetails.Status, context.HttpContext.Request.Method);
        });
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Empathy.Samples.Web";
            document.Info.Description = "The practice site's JSON API: accounts, the private journal, text checks, exercises and practice records. Every error is a problem document (RFC 9457).";
            return Task.CompletedTask;
        }).AddOperationTransformer<ProblemResponses>().AddSchemaTransformer<MomentSchemas>());
        return builder;
    }

    /// <summary>
    /// Turns unhandled exceptions and bare error statuses into problem documents (API) or the error page, which
    /// says in words what happened (people in a browser never see a problem document).
    /// </summary>
    public static WebApplication UseWebErrors(this WebApplication app)
    {
        app.UseWhen(ApiRequests.IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = StatusOf,
                // A request the client got wrong is answered, not logged as the site's own error.
                SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
                ExceptionHandler = WriteProblemAsync,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !ApiRequests.IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = StatusOf,
                SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
                ExceptionHandlingPath = ErrorPage,
            });
            pages.UseStatusCodePagesWithReExecute(ErrorPage, "?status={0}");
        });
        return app;
    }

    /// <summary>The page that answers a page request's error status (Pages/Error).</summary>
    private const string ErrorPage = "/Error";

    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    private static async Task WriteProblemAsync(HttpContext context)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var feature = context.Features.Get<IExceptionHandlerFeature>();
        var status = context.Response.StatusCode;
        if (feature?.Error is BadHttpRequestException { InnerException: MomentRefusedException moment })
        {
            // A moment without its offset is a mistake in one member, so it is a field error like the endpoints' own.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = feature.Error,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [moment.Member] = [MomentRefusedException.Requirement] })
                {
                    Status = StatusCodes.Status400BadRequest,
                },
            });
            return;
        }

        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = feature?.Error,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status500InternalServerError ? "Something went wrong on our side" : "The request could not be read",
                Detail = status == StatusCodes.Status500InternalServerError ? "Nothing you sent was lost; try again in a moment."
                    : feature?.Error is BadHttpRequestException bad ? BadRequestDetail.Of(bad)
                    : null,
            },
        });
    }
}
