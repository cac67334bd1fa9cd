namespace Empathy.Evaluation.Scoring;

/// <summary>
/// The four counts of a yes/no prediction against a label, and the figures read from them. A figure
/// whose denominator is zero is <see langword="null"/> ("n/a"), never a made-up 0 or 1; so are
/// precision and F1 of items with no labelled positive (nothing to find: a slice of negatives is read
/// by its false-alarm rate).
/// </summary>
/// <param name="TruePositives">Labelled positive, predicted positive.</param>
/// <param name="FalsePositives">Labelled negative, predicted positive (a false alarm).</param>
/// <param name="FalseNegatives">Labelled positive, predicted negative (a miss).</param>
/// <param name="TrueNegatives">Labelled negative, predicted negative.</param>
internal readonly record struct ConfusionCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>All items counted.</summary>
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>The items labelled positive.</summary>
    public int LabelledPositives => TruePositives + FalseNegatives;

    /// <summary>Of the items predicted positive, the share labelled positive.</summary>
    public double? Precision => LabelledPositives == 0 ? null : Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Of the items labelled positive, the share predicted positive.</summary>
    public double? Recall => Ratio(TruePositives, LabelledPositives);

    /// <summary>The harmonic mean of precision and recall, 2tp / (2tp + fp + fn); 0 when nothing was found right.</summary>
    public double? F1 => LabelledPositives == 0 ? null : Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Of the items labelled negative, the share predicted positive: fp / (fp + tn). Independent of class balance.</summary>
    public double? FalseAlarmRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

    /// <summary>The share of items where prediction and label agree (accuracy).</summary>
    public double? Agreement => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>
    /// Cohen's kappa: agreement beyond what two raters with these yes-rates would reach by chance,
    /// (observed − expected) / (1 − expected). <see langword="null"/> when chance agreement is already
    /// total (both always say the same single answer), where kappa is undefined.
    /// </summary>
    public double? CohenKappa
    {
        get
        {
            if (Total == 0)
            {
                return null;
            }

            double n = Total;
            var observed = (TruePositives + TrueNegatives) / n;
            var labelledYes = (TruePositives + FalseNegatives) / n;
            var predictedYes = (TruePositives + FalsePositives) / n;
            var expected = (labelledYes * predictedYes) + ((1 - labelledYes) * (1 - predictedYes));
            return expected >= 1 ? null : (observed - expected) / (1 - expected);
        }
    }

    /// <summary>These counts with one more item.</summary>
    public ConfusionCounts Add(bool labelled, bool predicted) => (labelled, predicted) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (false, true) => this with { FalsePositives = FalsePositives + 1 },
        (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
        (false, false) => this with { TrueNegatives = TrueNegatives + 1 },
    };

    /// <summary>Counts label/prediction pairs.</summary>
    public static ConfusionCounts Of(IEnumerable<(bool Labelled, bool Predicted)> pairs) =>
        pairs.Aggregate(default(ConfusionCounts), (counts, pair) => counts.Add(pair.Labelled, pair.Predicted));

    private static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
