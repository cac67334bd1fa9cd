using Microsoft.AspNetCore.Http.HttpResults;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// <c>/api/boundaries</c>: the signed-in person's boundary map. Zones are addressed by the person's name,
/// rules by their number in the map (1 for the first); a person or number not on the caller's own map is 404.
/// The exit signal reads a relationship's check-ins, so it lives under <c>/api/relationships/{id}</c>.
/// </summary>
public static class BoundaryEndpoints
{
    /// <summary>Maps the group.</summary>
    public static IEndpointRouteBuilder MapBoundaryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/boundaries").WithTags("Boundaries").RequireAuthorization();
        group.MapGet("/", GetMapAsync).WithName("GetBoundaryMap");
        group.MapPut("/zones", PlaceAsync).WithName("PlaceInZone");
        group.MapDelete("/zones/{person}", RemovePersonAsync).WithName("RemoveFromZones");
        group.MapPost("/rules", AddRuleAsync).WithName("AddRule");
        group.MapGet("/rules/{number:int}", GetRuleAsync).WithName("GetRule");
        group.MapPut("/rules/{number:int}", UpdateRuleAsync).WithName("UpdateRule");
        group.MapDelete("/rules/{number:int}", RemoveRuleAsync).WithName("RemoveRule");
        group.MapPost("/check", CheckAsync).WithName("CheckRules");
        return app;
    }

    private static async Task<Ok<BoundaryMapResponse>> GetMapAsync(BoundaryKeeper boundaries, CancellationToken cancellationToken) =>
        TypedResults.Ok(BoundaryKeeper.Describe(await boundaries.MapAsync(cancellationToken)));

    private static async Task<Results<Ok<BoundaryMapResponse>, NotFound, ValidationProblem>> PlaceAsync(ZoneRequest request, BoundaryKeeper boundaries, CancellationToken cancellationToken) =>
        PracticeResults.Answer(await boundaries.PlaceAsync(request, cancellationToken), BoundaryKeeper.Describe);

    private static async Task<Results<NoContent, NotFound>> RemovePersonAsync(string person, BoundaryKeeper boundaries, CancellationToken cancellationToken) =>
        (await boundaries.RemovePersonAsync(person, cancellationToken)).IsNotFound ? TypedResults.NotFound() : TypedResults.NoContent();

    private static async Task<Results<Created<RuleResponse>, ValidationProblem>> AddRuleAsync(RuleRequest request, BoundaryKeeper boundaries, CancellationToken cancellationToken)
    {
        var outcome = await boundaries.AddRuleAsync(request, cancellationToken);
        if (outcome.Value is not { } map)
        {
            return TypedResults.ValidationProblem(outcome.Errors!);
        }

        var number = map.Rules.Count;
        return TypedResults.Created($"/api/boundaries/rules/{number}", BoundaryKeeper.Describe(map.Rules[^1], number));
    }

    private static async Task<Results<Ok<RuleResponse>, NotFound>> GetRuleAsync(int number, BoundaryKeeper boundaries, CancellationToken cancellationToken) =>
        await boundaries.RuleAsync(number, cancellationToken) is { } rule ? TypedResults.Ok(BoundaryKeeper.Describe(rule, number)) : TypedResults.NotFound();

    private static async Task<Results<Ok<RuleResponse>, NotFound, ValidationProblem>> UpdateRuleAsync(int number, RuleRequest request, BoundaryKeeper boundaries, CancellationToken cancellationToken) =>
        PracticeResults.Answer(await boundaries.UpdateRuleAsync(number, request, cancellationToken), map => BoundaryKeeper.Describe(map.Rules[number - 1], number));

    private static async Task<Results<NoContent, NotFound>> RemoveRuleAsync(int number, BoundaryKeeper boundaries, CancellationToken cancellationToken) =>
        (await boundaries.RemoveRuleAsync(number, cancellationToken)).IsNotFound ? TypedResults.NotFound() : TypedResults.NoContent();

    private static async Task<Results<Ok<RuleCheckResponse>, NotFound, ValidationProblem>> CheckAsync(RuleCheckRequest request, BoundaryKeeper boundaries, CancellationToken cancellationToken) =>
        PracticeResults.Answer(await boundaries.CheckAsync(request, cancellationToken), BoundaryKeeper.Describe);
}
