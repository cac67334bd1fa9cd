using Empathy.Core.Utils;

namespace Empathy.Core.Boundaries;

/// <summary>An observed behaviour checked against a set of rules: the outcome of each, and the ones that fired.</summary>
/// <remarks>Immutable and thread-safe; equality compares outcomes by their items.</remarks>
public sealed record RuleEvaluation
{
    /// <summary>What the other person did, in words.</summary>
    public required string ObservedBehaviour { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>Every rule's outcome, in the rules' order.</summary>
    /// <exception cref="ArgumentNullException">The list is <see langword="null"/>.</exception>
    public required IReadOnlyList<RuleOutcome> Outcomes
    {
        get;
        init => field = Guard.List(value, nameof(Outcomes));
    }

    /// <summary>The rules that fired, in order: their consequences apply.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<IfThenRule> Fired => [.. Outcomes.Where(o => o.Fired).Select(o => o.Rule)];

    /// <inheritdoc />
    public bool Equals(RuleEvaluation? other) =>
        other is not null
        && ObservedBehaviour == other.ObservedBehaviour
        && ObservedAt == other.ObservedAt
        && Outcomes.SequenceEqual(other.Outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ObservedBehaviour, ObservedAt, Outcomes.Count);
}
