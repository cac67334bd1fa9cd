using Empathy.Samples.Web.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// <c>/api/critics</c>: the signed-in person's named inner critics, and the journal thoughts attributed
/// to each. Another person's id reads as one that does not exist (404).
/// </summary>
public static class CriticEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapCriticEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/critics").WithTags("Inner critics").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListCritics");
        group.MapPost("/", CreateAsync).WithName("NameCritic");
        group.MapGet("/{id}", GetAsync).WithName("GetCritic");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateCritic");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteCritic");
        group.MapGet("/{id}/thoughts", ThoughtsAsync).WithName("GetCriticThoughts");
        return app;
    }

    private static async Task<Ok<CriticResponse[]>> ListAsync(CriticKeeper critics, CancellationToken cancellationToken) =>
        TypedResults.Ok((await critics.AllAsync(cancellationToken)).Select(CriticKeeper.Describe).ToArray());

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem>> CreateAsync(CriticRequest request, CriticKeeper critics, CancellationToken cancellationToken)
    {
        var outcome = await critics.CreateAsync(request, cancellationToken);
        return outcome.Value is { } record
            ? TypedResults.Created($"/api/critics/{record.Id}", new CreatedResponse(record.Id.ToString()))
            : TypedResults.ValidationProblem(outcome.Errors!);
    }

    private static async Task<Results<Ok<CriticResponse>, NotFound>> GetAsync(string id, CriticKeeper critics, CancellationToken cancellationToken) =>
        await critics.FindAsync(id, cancellationToken) is { } record ? TypedResults.Ok(CriticKeeper.Describe(record)) : TypedResults.NotFound();

    private static async Task<Results<Ok<CriticResponse>, NotFound, ValidationProblem>> UpdateAsync(string id, CriticRequest request, CriticKeeper critics, CancellationToken cancellationToken) =>
        PracticeResults.Answer(await critics.UpdateAsync(id, request, cancellationToken), CriticKeeper.Describe);

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string id, CriticKeeper critics, CancellationToken cancellationToken) =>
        await critics.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<CriticThoughtsResponse>, NotFound>> ThoughtsAsync(string id, CriticKeeper critics, CancellationToken cancellationToken) =>
        await critics.FindAsync(id, cancellationToken) is { } record
            ? TypedResults.Ok(await critics.ThoughtsAsync(record.Value, cancellationToken))
            : TypedResults.NotFound();
}
