using Empathy.Core.Walls;
using Empathy.Core.Utils;

namespace Empathy.Core.Insights.Messages;

/// <summary>
/// What the message check found in a message about to be sent: the accusations, and an I-statement
/// to say instead.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares findings by their items.</remarks>
public sealed record MessageCheckResult : IInsightCheckResult
{
    /// <summary>Whether the message accuses: at least one rule found an accusation in it.</summary>
    public bool IsAccusation => Findings.Count > 0;

    /// <summary>The accusations found, in text order.</summary>
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

    /// <summary>
    /// The I-statement to say instead, as one sentence in the lexicon's language ("When you don't listen to
    /// me, I feel [your feeling…] because I need […]. Would you be willing to listen to me?");
    /// <see langword="null"/> when the message does not accuse. Parts that could not be taken from the
    /// message are bracketed placeholders for the writer to fill in.
    /// </summary>
    /// <remarks>It reuses words of the message, so treat it as privately as the message itself.</remarks>
    public string? Suggestion { get; init; }

    /// <summary>The four parts of <see cref="Suggestion"/> (placeholders included).</summary>
    public FeelingStatement? Statement { get; init; }

    /// <summary>The parts of <see cref="Statement"/> taken from the message; the others are placeholders.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is not a defined <see cref="StatementPart"/>.</exception>
    public IReadOnlyList<StatementPart> ExtractedParts
    {
        get;
        init
        {
            value ??= []; // a list left out of a JSON document reads as empty
            field = [.. Guard.DefinedValues(value, nameof(ExtractedParts), "parts of a feeling statement").Distinct()];
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

    /// <summary>The result for a message with nothing to report (shared, so a clean message allocates nothing).</summary>
    internal static MessageCheckResult Clean { get; } = new();

    /// <inheritdoc />
    public bool Equals(MessageCheckResult? other) =>
        other is not null
        && Findings.SequenceEqual(other.Findings)
        && Suggestion == other.Suggestion
        && Statement == other.Statement
        && ExtractedParts.SequenceEqual(other.ExtractedParts)
        && Crisis == other.Crisis
        && CrisisMentions.SequenceEqual(other.CrisisMentions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Findings.Count, Suggestion, Statement, Crisis);
}
