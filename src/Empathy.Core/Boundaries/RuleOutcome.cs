namespace Empathy.Core.Boundaries;

/// <summary>One rule checked against an observed behaviour: whether it fired, and why (or why not).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleOutcome
{
    /// <summary>The rule checked.</summary>
    public required IfThenRule Rule { get; init; }

    /// <summary>Whether it fired or why it did not.</summary>
    public required RuleOutcomeKind Kind { get; init; }

    /// <summary>Whether the rule fired, so that its consequence applies.</summary>
    public bool Fired => Kind == RuleOutcomeKind.Fired;

    /// <summary>The phrase found in the observed behaviour, when the rule fired; otherwise <see langword="null"/>.</summary>
    public string? MatchedPhrase { get; init; }

    /// <summary>A plain sentence that explains the outcome.</summary>
    public required string Explanation { get; init; }

    internal static RuleOutcome NotFired(IfThenRule rule, RuleOutcomeKind kind, string explanation) =>
        new() { Rule = rule, Kind = kind, Explanation = explanation };
}
