
namespace Empathy.Core.Insights.Observations;

/// <summary>
/// What the observation check found in a "what happened" text: the interpretations, and the camera
/// test to rewrite them.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares findings by their items.</remarks>
public sealed record ObservationCheckResult : IInsightCheckResult
{
    private readonly IReadOnlyList<InsightFinding> _findings = [];
    private readonly IReadOnlyList<CrisisMention> _crisisMentions = [];

    /// <summary>An objective result: no findings, no crisis signal. Set the members to describe another.</summary>
    public ObservationCheckResult()
    {
    }

    // What the check builds: arrays it has just made, checked and owns, so they are kept behind a
    // read-only view instead of being checked and copied a second time (one allocation less per call).
    internal ObservationCheckResult(InsightFinding[] findings, string? rewriteHint, CrisisSignal? crisis, CrisisMention[] crisisMentions)
    {
        _findings = findings.Length == 0 ? [] : Array.AsReadOnly(findings);
        RewriteHint = rewriteHint;
        Crisis = crisis;
        _crisisMentions = crisisMentions.Length == 0 ? [] : Array.AsReadOnly(crisisMentions);
    }

    /// <summary>Whether the text reads as an observation: no rule found interpretation in it.</summary>
    public bool IsObjective => Findings.Count == 0;

    /// <summary>The interpretations found, in text order.</summary>
    /// <exception cref="ArgumentException">The list contains null.</exception>
    public IReadOnlyList<InsightFinding> Findings
    {
        get => _findings;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            _findings = value.Any(f => f is null) ? throw new ArgumentException("Findings must not contain null.", nameof(Findings)) : [.. value];
        }
    }

    /// <summary>The camera test, when there is something to rewrite: "What would a camera have recorded? …".</summary>
    public string? RewriteHint { get; init; }

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
        get => _crisisMentions;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            _crisisMentions = value.Any(m => m is null) ? throw new ArgumentException("Crisis mentions must not contain null.", nameof(CrisisMentions)) : [.. value];
        }
    }

    /// <summary>Whether a crisis signal was raised.</summary>
    public bool HasCrisisSignal => Crisis is not null;

    /// <summary>The result for a text with nothing to report (shared, so a clean text allocates nothing).</summary>
    internal static ObservationCheckResult Objective { get; } = new();

    /// <inheritdoc />
    public bool Equals(ObservationCheckResult? other) =>
        other is not null
        && Findings.SequenceEqual(other.Findings)
        && RewriteHint == other.RewriteHint
        && Crisis == other.Crisis
        && CrisisMentions.SequenceEqual(other.CrisisMentions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Findings.Count, RewriteHint, Crisis);
}
