using Empathy.Core.Boundaries;
using Empathy.Core.People;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.TimeZones;
using Empathy.Samples.Web.Vaults;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// The signed-in person's boundary map (the library's <see cref="PracticeKinds.BoundaryMaps"/>, one record
/// per person as the console keeps it; should a store hold several, the latest is the current one):
/// who is in which zone, the IF-THEN rules, and checking an observed behaviour against them.
/// Rules are addressed by their number in the map, 1 for the first.
/// </summary>
public sealed class BoundaryKeeper(OwnerContext owner, IPracticeStore store, TimeProvider time, StampClock stamps, ILogger<BoundaryKeeper> logger)
{
    /// <summary>The longest observed behaviour a check reads.</summary>
    public const int MaxObservedLength = 1200;

    /// <summary>The map now (empty when nothing was saved yet).</summary>
    public async Task<BoundaryMap> MapAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken))?.Value ?? BoundaryMap.Empty;

    /// <summary>Places a person in a zone, replacing where they were.</summary>
    public async Task<PracticeOutcome<BoundaryMap>> PlaceAsync(ZoneRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (PersonNames.Problem(request.Person) is { } problem)
        {
            errors["person"] = [problem];
        }

        if (request.Zone is not { } zone || !Enum.IsDefined(zone))
        {
            errors["zone"] = ["Choose a zone: inside (welcome for a visit), doorstep (talk at the door) or outside (kept out)."];
        }

        if (errors.Count > 0)
        {
            return PracticeOutcome<BoundaryMap>.Invalid(errors);
        }

        return await ChangeAsync(map => map.WithZone(new PersonName(request.Person!.Trim()), request.Zone!.Value), cancellationToken);
    }

    /// <summary>Takes a person off the map; not found when they were not on it.</summary>
    public async Task<PracticeOutcome<BoundaryMap>> RemovePersonAsync(string? person, CancellationToken cancellationToken)
    {
        var map = await MapAsync(cancellationToken);
        // Found by the names on the map, as PersonName compares them, without making a new one: a name over today's
        // limit cannot be made, yet one saved before the limit is on the map and can be taken off.
        var placed = map.Zones.FirstOrDefault(z => string.Equals(z.Person.Value, person?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (placed is null)
        {
            return PracticeOutcome<BoundaryMap>.NotFound();
        }

        return await ChangeAsync(m => m.WithoutPerson(placed.Person), cancellationToken);
    }

    /// <summary>The rule with that number, or <see langword="null"/>.</summary>
    public async Task<IfThenRule?> RuleAsync(int number, CancellationToken cancellationToken)
    {
        var map = await MapAsync(cancellationToken);
        return number >= 1 && number <= map.Rules.Count ? map.Rules[number - 1] : null;
    }

    /// <summary>Adds a rule at the end; refused when the same rule is already there.</summary>
    public async Task<PracticeOutcome<BoundaryMap>> AddRuleAsync(RuleRequest request, CancellationToken cancellationToken)
    {
        if (!RuleInput.TryBuild(request, out var rule, out var errors))
        {
            return PracticeOutcome<BoundaryMap>.Invalid(errors);
        }

        var map = await MapAsync(cancellationToken);
        return map.Rules.Contains(rule!)
            ? PracticeOutcome<BoundaryMap>.Invalid("behaviour", $"You already have the rule \"{rule!.Render()}\".")
            : await ChangeAsync(m => m.WithRule(rule!), cancellationToken);
    }

    /// <summary>Replaces the rule with that number, keeping its place.</summary>
    public async Task<PracticeOutcome<BoundaryMap>> UpdateRuleAsync(int number, RuleRequest request, CancellationToken cancellationToken)
    {
        if (await RuleAsync(number, cancellationToken) is null)
        {
            return PracticeOutcome<BoundaryMap>.NotFound();
        }

        if (!RuleInput.TryBuild(request, out var rule, out var errors))
        {
            return PracticeOutcome<BoundaryMap>.Invalid(errors);
        }

        return await ChangeAsync(map => map with { Rules = [.. map.Rules.Select((r, i) => i == number - 1 ? rule! : r)] }, cancellationToken);
    }

    /// <summary>Removes the rule with that number; the later ones move up.</summary>
    public async Task<PracticeOutcome<BoundaryMap>> RemoveRuleAsync(int number, CancellationToken cancellationToken) =>
        await RuleAsync(number, cancellationToken) is null
            ? PracticeOutcome<BoundaryMap>.NotFound()
            : await ChangeAsync(map => map with { Rules = [.. map.Rules.Where((_, i) => i != number - 1)] }, cancellationToken);

    /// <summary>Checks an observed behaviour against every rule (nothing is saved).</summary>
    public async Task<PracticeOutcome<RuleEvaluation>> CheckAsync(RuleCheckRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Behaviour) || request.Behaviour.Length > MaxObservedLength)
        {
            return PracticeOutcome<RuleEvaluation>.Invalid("behaviour", $"Say what they did, in words (at most {MaxObservedLength} characters).");
        }

        var map = await MapAsync(cancellationToken);
        return PracticeOutcome<RuleEvaluation>.Done(map.Evaluate(request.Behaviour.Trim(), request.At ?? time.GetUtcNow()));
    }

    /// <summary>The API's view of the map.</summary>
    public static BoundaryMapResponse Describe(BoundaryMap map) => new(
        [.. map.Zones.Select(z => new ZoneResponse(z.Person.Value, z.Zone))],
        [.. map.Rules.Select((r, i) => Describe(r, i + 1))]);

    /// <summary>The API's view of one rule.</summary>
    public static RuleResponse Describe(IfThenRule rule, int number) =>
        new(number, rule.Behaviour, rule.Consequence, rule.Timeframe, rule.Deadline, rule.IsActive, rule.MatchPhrases, rule.Render());

    /// <summary>The API's view of a check.</summary>
    public static RuleCheckResponse Describe(RuleEvaluation evaluation) => new(
        evaluation.ObservedBehaviour, evaluation.ObservedAt, evaluation.Fired.Count,
        [.. evaluation.Outcomes.Select((o, i) => new RuleOutcomeResponse(i + 1, o.Rule.Render(), o.Kind, o.Fired, o.MatchedPhrase, o.Explanation))]);

    private async Task<PracticeRecord<BoundaryMap>?> CurrentAsync(CancellationToken cancellationToken) =>
        (await PracticeRecords.AllAsync(store, owner.Owner, PracticeKinds.BoundaryMaps, cancellationToken)).LastOrDefault();

    private async Task<PracticeOutcome<BoundaryMap>> ChangeAsync(Func<BoundaryMap, BoundaryMap> change, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(cancellationToken) is { } record)
        {
            var changed = record with { Value = change(record.Value) };
            await store.UpdateAsync(owner.Owner, PracticeKinds.BoundaryMaps, changed, cancellationToken);
            PracticeLog.Changed(logger, PracticeKinds.BoundaryMaps.Name, changed.Id.ToString(), "changed");
            return PracticeOutcome<BoundaryMap>.Done(changed.Value);
        }

        var created = new PracticeRecord<BoundaryMap>(PracticeRecordId.New(), stamps.Now(), change(BoundaryMap.Empty));
        await store.AddAsync(owner.Owner, PracticeKinds.BoundaryMaps, created, cancellationToken);
        PracticeLog.Changed(logger, PracticeKinds.BoundaryMaps.Name, created.Id.ToString(), "started");
        return PracticeOutcome<BoundaryMap>.Done(created.Value);
    }
}
