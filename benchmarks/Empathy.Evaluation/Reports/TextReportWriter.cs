using System.Globalization;
using Empathy.Evaluation.Scoring;

namespace Empathy.Evaluation.Reports;

/// <summary>Writes a report as aligned plain-text tables, one block per file (figures to three decimals, n/a when undefined).</summary>
internal static class TextReportWriter
{
    public static void Write(EvaluationReport report, TextWriter output)
    {
        output.WriteLine($"data: {report.DataFolder}");
        foreach (var skipped in report.SkippedFiles)
        {
            output.WriteLine($"skipped {skipped}: its name names no check (observation_, message_, reply_, crisis_)");
        }

        foreach (var file in report.Files)
        {
            output.WriteLine();
            output.WriteLine($"== {file.File}: {file.Command}, positive class '{file.PositiveClass}', {file.All.Counts.Total} items");
            Table(output, "scope", [file.All, .. file.Readings, .. file.Subtypes], ScoreColumns);
            if (file.Components.Count > 0)
            {
                output.WriteLine("-- components: EPITOME rating above level 0 vs the reply check's components");
                Table(output, "comparison", file.Components, AgreementColumns);
            }

            foreach (var misses in file.Misses)
            {
                MissLines(output, misses);
            }

            foreach (var error in file.Errors)
            {
                var fired = error.Fired.Count == 0 ? "no rule fired" : string.Join(", ", error.Fired);
                output.WriteLine($"  {error.Kind,-11} line {error.Line} [{error.Label}] ({fired}): {error.Text}");
            }
        }
    }

    private static void MissLines(TextWriter output, MissBreakdown misses)
    {
        var scope = misses.Scope == "all" ? "" : ", " + misses.Scope;
        output.WriteLine($"-- misses{scope}: {Count(misses.Missed)}; with no crisis phrase of any scope: {Count(misses.WithoutMention)}; "
            + $"with a phrase that did not raise the flag: {Count(misses.Missed - misses.WithoutMention)}, of which (a miss counts under each kind it holds):");
        var width = misses.ByKind.Max(k => k.Kind.Length);
        foreach (var kind in misses.ByKind)
        {
            output.WriteLine($"  {kind.Kind.PadRight(width)}  {Count(kind.Items),4}");
        }
    }

    private static readonly (string Name, Func<ConfusionCounts, string> Value)[] ScoreColumns =
    [
        ("n", c => Count(c.Total)), ("tp", c => Count(c.TruePositives)), ("fp", c => Count(c.FalsePositives)),
        ("fn", c => Count(c.FalseNegatives)), ("tn", c => Count(c.TrueNegatives)),
        ("precision", c => Figure(c.Precision)), ("recall", c => Figure(c.Recall)), ("F1", c => Figure(c.F1)),
        ("false alarms", c => Figure(c.FalseAlarmRate)),
    ];

    private static readonly (string Name, Func<ConfusionCounts, string> Value)[] AgreementColumns =
    [
        ("n", c => Count(c.Total)), ("tp", c => Count(c.TruePositives)), ("fp", c => Count(c.FalsePositives)),
        ("fn", c => Count(c.FalseNegatives)), ("tn", c => Count(c.TrueNegatives)),
        ("agreement", c => Figure(c.Agreement)), ("precision", c => Figure(c.Precision)), ("recall", c => Figure(c.Recall)),
        ("kappa", c => Figure(c.CohenKappa)),
    ];

    private static void Table(TextWriter output, string firstHeader, IReadOnlyList<ScoredRow> rows, (string Name, Func<ConfusionCounts, string> Value)[] columns)
    {
        var scopeWidth = rows.Select(r => r.Scope.Length).Append(firstHeader.Length).Max();
        var cells = rows.Select(r => columns.Select(c => c.Value(r.Counts)).ToArray()).ToArray();
        var widths = columns.Select((c, i) => cells.Select(row => row[i].Length).Append(c.Name.Length).Max()).ToArray();

        output.WriteLine("  " + firstHeader.PadRight(scopeWidth) + string.Concat(columns.Select((c, i) => "  " + c.Name.PadLeft(widths[i]))));
        for (var r = 0; r < rows.Count; r++)
        {
            output.WriteLine("  " + rows[r].Scope.PadRight(scopeWidth) + string.Concat(cells[r].Select((cell, i) => "  " + cell.PadLeft(widths[i]))));
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Figure(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
