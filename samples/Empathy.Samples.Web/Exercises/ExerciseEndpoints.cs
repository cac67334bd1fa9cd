using System.Globalization;
using Empathy.Core.Exercises;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Json;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Exercises;

/// <summary>
/// <c>/api/exercises</c>: the catalog (built-in pack and the site's own pack) in the request's culture,
/// and the signed-in person's answers, validated by the library and saved as exercise responses.
/// </summary>
public static class ExerciseEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapExerciseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exercises").WithTags("Exercises").RequireAuthorization();
        group.MapGet("/", (IExerciseCatalog catalog) => TypedResults.Ok(new ExerciseListResponse(
            CultureInfo.CurrentUICulture.Name,
            [.. catalog.Exercises.Select(e => ExerciseSummary.From(e, CultureInfo.CurrentUICulture))]))).WithName("ListExercises");
        group.MapGet("/{pack}/{id}", Results<Ok<ExerciseSummary>, NotFound> (string pack, string id, IExerciseCatalog catalog) =>
            catalog.Find(pack, id) is { } exercise ? TypedResults.Ok(ExerciseSummary.From(exercise, CultureInfo.CurrentUICulture)) : TypedResults.NotFound())
            .WithName("GetExercise");
        group.MapPost("/{pack}/{id}/responses", SaveAsync).WithName("SaveExerciseResponse");
        return app;
    }

    private static async Task<Results<Created<CreatedResponse>, NotFound, ValidationProblem>> SaveAsync(
        string pack, string id, ExerciseResponseRequest request, IExerciseCatalog catalog, OwnerContext owner, IPracticeStore store,
        TimeProvider time, IOptions<EmpathyHostOptions> options, CancellationToken cancellationToken)
    {
        if (catalog.Find(pack, id) is not { } exercise)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var response = ExerciseAnswers.FromJson(exercise, request.Answers ?? new Dictionary<string, System.Text.Json.JsonElement>(), options.Value.Limits.MaxTextLength, errors);
        ExerciseAnswers.AddProblems(exercise, response, "answers.", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var saved = await store.SaveExerciseResponseAsync(owner.Owner, exercise, response, time.GetUtcNow(), cancellationToken);
        return TypedResults.Created($"/api/responses/{saved.Id}", new CreatedResponse(saved.Id.ToString()));
    }
}
