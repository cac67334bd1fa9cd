namespace Empathy.Core.Tests.Insights.Evaluation;

/// <summary>One labelled line of the evaluation set (<c>Insights/Data/*.jsonl</c>).</summary>
public sealed class EvaluationSample
{
    public string Text { get; set; } = "";

    /// <summary>What the check should say: not objective, an accusation, dismissive, or a crisis.</summary>
    public bool Flagged { get; set; }

    public string Category { get; set; } = "";

    public string? Note { get; set; }
}
