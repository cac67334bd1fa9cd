using Empathy.Core.Connection;
using Empathy.Core.Energy;
using Empathy.Core.Relationships;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Exercises;
using Empathy.Samples.Web.Json;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// <c>/api/relationships</c> (with interactions, check-ins and the exit signal), <c>/api/tank</c> and
/// <c>/api/responses</c>: the signed-in person's practice records. As with the journal, another person's id reads as one that does not exist (404).
/// </summary>
public static class PracticeEndpoints
{
    /// <summary>Maps the groups.</summary>
    public static IEndpointRouteBuilder MapPracticeEndpoints(this IEndpointRouteBuilder app)
    {
        var relationships = app.MapGroup("/api/relationships").WithTags("Relationships").RequireAuthorization();
        relationships.MapGet("/", ListRelationshipsAsync).WithName("ListRelationships");
        relationships.MapPost("/", CreateRelationshipAsync).WithName("CreateRelationship");
        relationships.MapGet("/{id}", GetRelationshipAsync).WithName("GetRelationship");
        relationships.MapPut("/{id}", UpdateRelationshipAsync).WithName("UpdateRelationship");
        relationships.MapDelete("/{id}", (string id, OwnerContext owner, IPracticeStore store, CancellationToken ct) => DeleteAsync(PracticeKinds.Relationships, id, owner, store, ct)).WithName("DeleteRelationship");
        relationships.MapPost("/{id}/interactions", AddInteractionAsync).WithName("AddInteraction");
        relationships.MapPost("/{id}/check-ins", CheckInAsync).WithName("AddCheckIn");
        relationships.MapGet("/{id}/exit", GetExitAsync).WithName("GetExitSignal");

        var tank = app.MapGroup("/api/tank").WithTags("Energy tank").RequireAuthorization();
        tank.MapGet("/", GetTankAsync).WithName("GetTank");
        tank.MapPost("/dives", DiveAsync).WithName("StartDive");
        tank.MapPost("/surface", SurfaceAsync).WithName("Surface");

        var responses = app.MapGroup("/api/responses").WithTags("Exercise responses").RequireAuthorization();
        responses.MapGet("/", ListResponsesAsync).WithName("ListExerciseResponses");
        responses.MapGet("/{id}", GetResponseAsync).WithName("GetExerciseResponse");
        responses.MapDelete("/{id}", (string id, OwnerContext owner, IPracticeStore store, CancellationToken ct) => DeleteAsync(PracticeKinds.ExerciseResponses, id, owner, store, ct)).WithName("DeleteExerciseResponse");
        return app;
    }

    private static async Task<Ok<RelationshipResponse[]>> ListRelationshipsAsync(RelationshipKeeper relationships, CancellationToken cancellationToken) =>
        TypedResults.Ok((await relationships.AllAsync(cancellationToken)).Select(relationships.Describe).ToArray());

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem>> CreateRelationshipAsync(RelationshipRequest request, RelationshipKeeper relationships, CancellationToken cancellationToken)
    {
        var outcome = await relationships.CreateAsync(request, cancellationToken);
        return outcome.Value is { } record
            ? TypedResults.Created($"/api/relationships/{record.Id}", new CreatedResponse(record.Id.ToString()))
            : TypedResults.ValidationProblem(outcome.Errors!);
    }

    private static async Task<Results<Ok<RelationshipResponse>, NotFound>> GetRelationshipAsync(string id, RelationshipKeeper relationships, CancellationToken cancellationToken) =>
        await relationships.FindAsync(id, cancellationToken) is { } record
            ? TypedResults.Ok(relationships.Describe(record))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<RelationshipResponse>, NotFound, ValidationProblem>> UpdateRelationshipAsync(string id, RelationshipRequest request, RelationshipKeeper relationships, CancellationToken cancellationToken) =>
        PracticeResults.Answer(await relationships.UpdateAsync(id, request, cancellationToken), relationships.Describe);

    private static async Task<Results<Ok<RelationshipResponse>, NotFound, ValidationProblem>> AddInteractionAsync(string id, InteractionRequest request, RelationshipKeeper relationships, CancellationToken cancellationToken) =>
        PracticeResults.Answer(await relationships.LogInteractionAsync(id, request, cancellationToken), relationships.Describe);

    private static async Task<Results<Ok<ExitResponse>, NotFound>> GetExitAsync(string id, RelationshipKeeper relationships, CancellationToken cancellationToken) =>
        await relationships.FindAsync(id, cancellationToken) is { } record
            ? TypedResults.Ok(relationships.DescribeExit(record))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ExitResponse>, NotFound, ValidationProblem>> CheckInAsync(string id, CheckInRequest request, RelationshipKeeper relationships, CancellationToken cancellationToken) =>
        PracticeResults.Answer(await relationships.CheckInAsync(id, request, cancellationToken), relationships.DescribeExit);

    private static async Task<Ok<TankResponse>> GetTankAsync(OwnerContext owner, IPracticeStore store, TankKeeper tanks, CancellationToken cancellationToken)
    {
        var record = await tanks.CurrentAsync(owner.Owner, cancellationToken);
        return TypedResults.Ok(tanks.Describe(record, null));
    }

    private static async Task<Results<Ok<TankResponse>, ValidationProblem>> DiveAsync(DiveRequest request, OwnerContext owner, TankKeeper tanks, CancellationToken cancellationToken)
    {
        var (record, errors, explanation) = await tanks.DiveAsync(owner.Owner, request, cancellationToken);
        return errors is null ? TypedResults.Ok(tanks.Describe(record, explanation)) : TypedResults.ValidationProblem(errors);
    }

    private static async Task<Results<Ok<TankResponse>, ValidationProblem>> SurfaceAsync(SurfaceRequest request, OwnerContext owner, TankKeeper tanks, CancellationToken cancellationToken)
    {
        var (record, errors) = await tanks.SurfaceAsync(owner.Owner, request, cancellationToken);
        return errors is null ? TypedResults.Ok(tanks.Describe(record, null)) : TypedResults.ValidationProblem(errors);
    }

    private static async Task<Ok<SavedResponseSummary[]>> ListResponsesAsync(OwnerContext owner, IPracticeStore store, CancellationToken cancellationToken)
    {
        var records = await PracticeRecords.AllAsync(store, owner.Owner, PracticeKinds.ExerciseResponses, cancellationToken);
        return TypedResults.Ok(records.Select(Summarize).ToArray());
    }

    private static async Task<Results<Ok<SavedResponseSummary>, NotFound>> GetResponseAsync(string id, OwnerContext owner, IPracticeStore store, CancellationToken cancellationToken) =>
        await PracticeRecords.FindAsync(store, owner.Owner, PracticeKinds.ExerciseResponses, id, cancellationToken) is { } record
            ? TypedResults.Ok(Summarize(record))
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(PracticeKind kind, string id, OwnerContext owner, IPracticeStore store, CancellationToken cancellationToken) =>
        await PracticeRecords.DeleteAsync(store, owner.Owner, kind, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    internal static RelationshipResponse Describe(PracticeRecord<Relationship> record, IConnectionDiagnoser connection, TimeProvider time)
    {
        var diagnosis = connection.Diagnose(record.Value, time.GetUtcNow());
        return new RelationshipResponse(record.Id.ToString(), record.Value.Person.Value, diagnosis.Status, diagnosis.LastContactAt, diagnosis.IdealContactBy, record.Value.Interactions.Count, diagnosis.Explain());
    }

    internal static SavedResponseSummary Summarize(PracticeRecord<Empathy.Core.Exercises.ExerciseResponse> record) =>
        new(record.Id.ToString(), record.At, record.Value.PackName, record.Value.ExerciseId, ExerciseAnswers.Describe(record.Value));
}
