using Empathy.Evaluation.Scoring;

namespace Empathy.Evaluation.Reports;

/// <summary>One run of the runner over a data folder.</summary>
/// <param name="DataFolder">The folder read.</param>
/// <param name="Files">The scored files, in name order.</param>
/// <param name="SkippedFiles">Data files whose name names no known check.</param>
internal sealed record EvaluationReport(string DataFolder, IReadOnlyList<FileReport> Files, IReadOnlyList<string> SkippedFiles);
