namespace Empathy.Evaluation.Scoring;

/// <summary>The counts of one slice of a file: the whole file, a reading, a subtype or a component comparison.</summary>
/// <param name="Scope">What the slice holds, in words.</param>
/// <param name="Counts">Its counts and figures.</param>
internal sealed record ScoredRow(string Scope, ConfusionCounts Counts);
