using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Analysis;

/// <summary><c>/api/analyze</c>: the library's text checks, on text the caller sends (nothing is stored), in the request's language (<see cref="RequestInsights"/>).</summary>
public static class AnalyzeEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapAnalyzeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/analyze").WithTags("Analyze").RequireAuthorization()
            .AddEndpointFilter<QueryCultureFilter>(); // ?culture=fr is refused, not read as English
        group.MapPost("/observation", (TextRequest request, RequestInsights insights, CrisisHelp help, IOptions<EmpathyHostOptions> options) =>
            Check(request, options, text => ObservationResponse.From(insights.Observation.Check(text), help))).WithName("AnalyzeObservation");
        group.MapPost("/message", (TextRequest request, RequestInsights insights, CrisisHelp help, IOptions<EmpathyHostOptions> options) =>
            Check(request, options, text => MessageResponse.From(insights.Message.Check(text), help))).WithName("AnalyzeMessage");
        group.MapPost("/reply", (TextRequest request, RequestInsights insights, CrisisHelp help, IOptions<EmpathyHostOptions> options) =>
            Check(request, options, text => ReplyResponse.From(insights.Reply.Check(text), help))).WithName("AnalyzeReply");
        return app;
    }

    private static Results<Ok<T>, ValidationProblem> Check<T>(TextRequest request, IOptions<EmpathyHostOptions> options, Func<string, T> check)
    {
        var max = options.Value.Limits.MaxTextLength;
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Send the text to check."] });
        }

        if (request.Text.Length > max)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"At most {max} characters; this has {request.Text.Length}."] });
        }

        return TypedResults.Ok(check(request.Text));
    }
}
