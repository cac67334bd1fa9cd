using System.Globalization;
using System.Text;

namespace Empathy.Core.Tests.Insights.Evaluation;

/// <summary>Precision and recall of one check over its labelled file, with the lines it got wrong.</summary>
internal sealed class EvaluationScore
{
    private readonly List<(EvaluationSample Sample, bool Predicted)> _wrong = [];

    public EvaluationScore(string check, IEnumerable<EvaluationSample> samples, Func<string, bool> predict)
    {
        Check = check;
        foreach (var sample in samples)
        {
            var predicted = predict(sample.Text);
            switch (predicted, sample.Flagged)
            {
                case (true, true): TruePositives++; break;
                case (true, false): FalsePositives++; _wrong.Add((sample, predicted)); break;
                case (false, true): FalseNegatives++; _wrong.Add((sample, predicted)); break;
                default: TrueNegatives++; break;
            }
        }
    }

    public string Check { get; }

    public int TruePositives { get; }

    public int FalsePositives { get; }

    public int FalseNegatives { get; }

    public int TrueNegatives { get; }

    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>Of the lines flagged, the share that should be (1 when nothing was flagged).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Of the lines that should be flagged, the share that were (1 when none should be).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public string Report()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{Check}: {Total} lines, precision {Precision:0.000}, recall {Recall:0.000} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}, TN {TrueNegatives})\n");
        foreach (var (sample, predicted) in _wrong)
        {
            var kind = predicted ? "false positive" : "missed        ";
            text.Append(CultureInfo.InvariantCulture, $"  {kind} [{sample.Category}] {sample.Text}\n");
        }

        return text.ToString();
    }
}
