
namespace Empathy.Core.Insights;

/// <summary>
/// What every text check's result has in common: the findings, each naming its rule, words, span and
/// why, and the crisis signal when the text raised one. A host can show any check's result with one
/// view through this interface, and the check's own type for what only that check says.
/// </summary>
/// <remarks>Implemented by the observation, message and reply results, which are immutable and thread-safe.</remarks>
public interface IInsightCheckResult
{
    /// <summary>The findings, in text order; empty when the check found nothing to report.</summary>
    IReadOnlyList<InsightFinding> Findings { get; }

    /// <summary>The crisis signal, when the text has words that suggest self-harm or suicide.</summary>
    CrisisSignal? Crisis { get; }

    /// <summary>Every crisis phrase with its scope; only current, non-negated ones about the writer raise <see cref="Crisis"/>.</summary>
    IReadOnlyList<CrisisMention> CrisisMentions { get; }

    /// <summary>Whether a crisis signal was raised.</summary>
    bool HasCrisisSignal { get; }
}
