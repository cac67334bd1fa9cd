using Empathy.Evaluation.Scoring;

namespace Empathy.Evaluation.Tests;

public class ConfusionCountsTests
{
    // 20 found, 5 false alarms, 10 missed, 15 rightly left alone (50 items).
    private static readonly ConfusionCounts Example = new(TruePositives: 20, FalsePositives: 5, FalseNegatives: 10, TrueNegatives: 15);

    [Fact]
    public void Precision_IsTruePositivesOverPredictedPositives() => Assert.Equal(0.8, Example.Precision!.Value, 12);

    [Fact]
    public void Recall_IsTruePositivesOverLabelledPositives() => Assert.Equal(20.0 / 30, Example.Recall!.Value, 12);

    [Fact]
    public void F1_IsTheHarmonicMeanOfPrecisionAndRecall()
    {
        var (precision, recall) = (0.8, 20.0 / 30);
        Assert.Equal(2 * precision * recall / (precision + recall), Example.F1!.Value, 12);
    }

    [Fact]
    public void FalseAlarmRate_IsFalsePositivesOverLabelledNegatives() => Assert.Equal(0.25, Example.FalseAlarmRate!.Value, 12);

    [Fact]
    public void Agreement_IsTheShareOfItemsRight() => Assert.Equal(0.7, Example.Agreement!.Value, 12);

    [Fact]
    public void CohenKappa_CorrectsAgreementForChance()
    {
        // Labelled yes 30/50 = 0.6, predicted yes 25/50 = 0.5: chance agreement 0.6·0.5 + 0.4·0.5 = 0.5,
        // so kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4.
        Assert.Equal(0.4, Example.CohenKappa!.Value, 12);
    }

    [Fact]
    public void CohenKappa_IsOneForPerfectAgreementAndNegativeBelowChance()
    {
        Assert.Equal(1.0, new ConfusionCounts(7, 0, 0, 3).CohenKappa!.Value, 12);
        Assert.True(new ConfusionCounts(0, 5, 5, 0).CohenKappa < 0);
    }

    [Fact]
    public void CohenKappa_IsUndefinedWhenChanceAgreementIsTotal() =>
        Assert.Null(new ConfusionCounts(0, 0, 0, 12).CohenKappa);

    [Fact]
    public void Figures_WithAZeroDenominator_AreUndefinedNotZeroOrOne()
    {
        var empty = default(ConfusionCounts);
        Assert.Null(empty.Precision);
        Assert.Null(empty.Recall);
        Assert.Null(empty.F1);
        Assert.Null(empty.FalseAlarmRate);
        Assert.Null(empty.Agreement);
        Assert.Null(empty.CohenKappa);

        var nothingPredicted = new ConfusionCounts(0, 0, 4, 6);
        Assert.Null(nothingPredicted.Precision);
        Assert.Equal(0, nothingPredicted.Recall);
        Assert.Equal(0, nothingPredicted.F1);
    }

    [Fact]
    public void PrecisionAndF1_OfNegativesOnly_AreUndefined_TheFalseAlarmRateCarriesTheFigure()
    {
        var negatives = new ConfusionCounts(0, 3, 0, 7);
        Assert.Null(negatives.Precision);
        Assert.Null(negatives.F1);
        Assert.Null(negatives.Recall);
        Assert.Equal(0.3, negatives.FalseAlarmRate!.Value, 12);
    }

    [Fact]
    public void Of_CountsEachPairInItsCell()
    {
        var counts = ConfusionCounts.Of([(true, true), (true, true), (false, true), (true, false), (false, false), (false, false), (false, false)]);
        Assert.Equal(new ConfusionCounts(2, 1, 1, 3), counts);
        Assert.Equal(7, counts.Total);
    }
}
