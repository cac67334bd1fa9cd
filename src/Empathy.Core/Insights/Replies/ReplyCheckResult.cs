using Empathy.Core.Components;

namespace Empathy.Core.Insights.Replies;

/// <summary>
/// The empathy mirror's reading of a drafted reply: the dismissive moves it makes, the empathy
/// components it shows, and what to try for the components it misses.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares lists by their items.</remarks>
public sealed record ReplyCheckResult : IInsightCheckResult
{
    /// <summary>
    /// Whether the reply dismisses: it makes a dismissive move (a platitude, a comparison, unasked-for
    /// fixing, minimising, or turning to oneself) and shows no empathy component that balances it.
    /// A move beside shown empathy ("I'm so sorry. Hang in there.") is still one of the
    /// <see cref="Findings"/>, a hint to consider, but does not make the whole reply dismissive.
    /// </summary>
    public bool IsDismissive => Findings.Count > 0 && Evidence.Count == 0;

    /// <summary>The components the reply shows, in the order cognitive, affective, concern.</summary>
    public IReadOnlyList<EmpathyComponent> Components => [.. Evidence.Select(e => e.Component).Distinct().Order()];

    /// <summary>
    /// Whether the reply explores: asks an open question about the other's experience ("what happened
    /// then?", "how are you holding up?"). Reported beside the components as the reply's concern in action.
    /// </summary>
    public bool Explores => Evidence.Any(e => e.IsExploring);

    /// <summary>The exploring moves (open questions about the other's experience), in text order; each is also <see cref="EmpathyComponent.Concern"/> evidence.</summary>
    public IReadOnlyList<ComponentEvidence> Exploring => [.. Evidence.Where(e => e.IsExploring)];

    /// <summary>The words that show each component, in text order.</summary>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<ComponentEvidence> Evidence
    {
        get;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            field = value.Any(e => e is null) ? throw new ArgumentException("Evidence must not contain null.", nameof(Evidence)) : [.. value];
        }
    } = [];

    /// <summary>The dismissive moves found, in text order.</summary>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<InsightFinding> Findings
    {
        get;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            field = value.Any(f => f is null) ? throw new ArgumentException("Findings must not contain null.", nameof(Findings)) : [.. value];
        }
    } = [];

    /// <summary>What to try for each component the reply does not show yet (effort first: these are hints, not a rewrite).</summary>
    /// <exception cref="ArgumentException">The list contains a blank suggestion.</exception>
    public IReadOnlyList<string> Suggestions
    {
        get;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            field = value.Any(string.IsNullOrWhiteSpace) ? throw new ArgumentException("Suggestions must not be blank.", nameof(Suggestions)) : [.. value];
        }
    } = [];

    /// <summary>The crisis signal, when the text has words that suggest self-harm or suicide.</summary>
    public CrisisSignal? Crisis { get; init; }

    /// <summary>
    /// Every crisis phrase in the text with its scope (who, negated, when, sentence), those that raise
    /// <see cref="Crisis"/> and those that do not (another person at risk, advice to the reader, a
    /// denial, a memory), so the host can choose what to show for each.
    /// </summary>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<CrisisMention> CrisisMentions
    {
        get;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            field = value.Any(m => m is null) ? throw new ArgumentException("Crisis mentions must not contain null.", nameof(CrisisMentions)) : [.. value];
        }
    } = [];

    /// <summary>Whether a crisis signal was raised.</summary>
    public bool HasCrisisSignal => Crisis is not null;

    /// <inheritdoc />
    public bool Equals(ReplyCheckResult? other) =>
        other is not null
        && Evidence.SequenceEqual(other.Evidence)
        && Findings.SequenceEqual(other.Findings)
        && Suggestions.SequenceEqual(other.Suggestions)
        && Crisis == other.Crisis
        && CrisisMentions.SequenceEqual(other.CrisisMentions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Evidence.Count, Findings.Count, Suggestions.Count, Crisis);
}
