using Empathy.Core.Components;
using Empathy.Core.Profiles;

namespace Empathy.Core.Tests.Profiles;

public class ProfileDiagnoserTests
{
    private readonly ProfileDiagnoser _diagnoser = new();

    private static ProfileObservation Observe(int cognitive, int affective, int concern, int boundaries = 50, params ProfileSignal[] signals) =>
        new() { Levels = new EmpathyLevels(cognitive, affective, concern), BoundaryKeeping = boundaries, Signals = signals };

    [Fact]
    public void Diagnose_WithAllThreeWeak_IsDryWellOfUnknownOrigin()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(10, 10, 10));

        Assert.Equal(EmpathyProfile.DryWell, diagnosis.Profile);
        Assert.Equal(DryWellOrigin.Unknown, diagnosis.Origin);
        Assert.Equal(3, diagnosis.Reasons.Count);
        Assert.All(diagnosis.Reasons, r => Assert.Equal(ThresholdComparison.Below, r.Comparison));
    }

    [Fact]
    public void Diagnose_DryWellWithDefensiveSignals_IsDefensive()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(20, 10, 20, 50, ProfileSignal.FeelsStronglyWhenSafe, ProfileSignal.HarshEmotionalHistory));

        Assert.Equal(DryWellOrigin.Defensive, diagnosis.Origin);
        Assert.Contains(diagnosis.Reasons, r => r.Signal == ProfileSignal.HarshEmotionalHistory);
    }

    [Fact]
    public void Diagnose_DryWellWithDevelopmentalSignals_IsDevelopmental()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(20, 10, 20, 50, ProfileSignal.EmotionsRarelyNamed));

        Assert.Equal(DryWellOrigin.Developmental, diagnosis.Origin);
        Assert.Contains(diagnosis.Reasons, r => r.Kind == ProfileReasonKind.Signal && r.Signal == ProfileSignal.EmotionsRarelyNamed);
    }

    [Fact]
    public void Diagnose_DryWellWithEqualSignalsOfBothKinds_IsUnknownOrigin() =>
        Assert.Equal(DryWellOrigin.Unknown,
            _diagnoser.Diagnose(Observe(20, 10, 20, 50, ProfileSignal.EmotionsRarelyNamed, ProfileSignal.FeelsStronglyWhenSafe)).Origin);

    [Fact]
    public void Diagnose_OriginIsNeverReadFromLevelsAlone()
    {
        // The same levels with no signals, however low, never claim an origin.
        Assert.Equal(DryWellOrigin.Unknown, _diagnoser.Diagnose(Observe(0, 0, 0)).Origin);
    }

    [Fact]
    public void Diagnose_WithHighCognitiveOnly_IsHuntingGround()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(90, 10, 10));

        Assert.Equal(EmpathyProfile.HuntingGround, diagnosis.Profile);
        Assert.Null(diagnosis.Origin);
        Assert.Contains(diagnosis.Reasons, r => r is { Component: EmpathyComponent.Cognitive, Comparison: ThresholdComparison.AtLeast, Threshold: 65 });
    }

    [Fact]
    public void Diagnose_WithHighAffectiveAndWeakBoundaries_IsFlood()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(60, 90, 60, boundaries: 10));

        Assert.Equal(EmpathyProfile.Flood, diagnosis.Profile);
        Assert.Contains(diagnosis.Reasons, r => r.Kind == ProfileReasonKind.BoundaryKeeping && r.Value == 10);
    }

    [Fact]
    public void Diagnose_WithHighAffectiveAndWeakConcern_IsFlood() =>
        Assert.Equal(EmpathyProfile.Flood, _diagnoser.Diagnose(Observe(60, 90, 20, boundaries: 70)).Profile);

    [Fact]
    public void Diagnose_FloodWithDrainedSignal_RaisesConfidenceAndSaysWhy()
    {
        var plain = _diagnoser.Diagnose(Observe(60, 70, 60, boundaries: 35));
        var drained = _diagnoser.Diagnose(Observe(60, 70, 60, 35, ProfileSignal.DrainedAfterOthersEmotions));

        Assert.True(drained.Confidence > plain.Confidence);
        Assert.Contains(drained.Reasons, r => r.Signal == ProfileSignal.DrainedAfterOthersEmotions);
    }

    [Fact]
    public void Diagnose_WithHighAffectiveAndEverythingElseHealthy_IsBalancedNotFlood() =>
        Assert.Equal(EmpathyProfile.Balanced, _diagnoser.Diagnose(Observe(70, 90, 70, boundaries: 80)).Profile);

    [Fact]
    public void Diagnose_WithPerformativeSignalAndHollowFeeling_IsPerformative()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(60, 20, 50, 50, ProfileSignal.ExpressionWithoutFeeling));

        Assert.Equal(EmpathyProfile.Performative, diagnosis.Profile);
        Assert.Equal(0.7, diagnosis.Confidence, 3);
    }

    [Fact]
    public void Diagnose_WithBothPerformativeSignals_IsMoreConfident()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(60, 0, 0, 50, ProfileSignal.ExpressionWithoutFeeling, ProfileSignal.ExpressionWithoutAction));

        Assert.Equal(EmpathyProfile.Performative, diagnosis.Profile);
        Assert.Equal(0.9, diagnosis.Confidence, 3);
    }

    [Fact]
    public void Diagnose_PerformativeSignalWithRealFeelingAndConcern_IsNotPerformative() =>
        Assert.Equal(EmpathyProfile.Balanced,
            _diagnoser.Diagnose(Observe(70, 70, 70, 80, ProfileSignal.ExpressionWithoutAction)).Profile);

    [Fact]
    public void Diagnose_WithAllPresentAndBoundariesKept_IsBalanced()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(75, 75, 75, boundaries: 85));

        Assert.Equal(EmpathyProfile.Balanced, diagnosis.Profile);
        Assert.Equal(4, diagnosis.Reasons.Count);
        Assert.Equal(1.0, diagnosis.Confidence, 3);
    }

    [Fact]
    public void Diagnose_WithMiddlingLevels_IsUnclearWithZeroConfidenceAndStillExplains()
    {
        var diagnosis = _diagnoser.Diagnose(Observe(50, 45, 55, boundaries: 50));

        Assert.Equal(EmpathyProfile.Unclear, diagnosis.Profile);
        Assert.Equal(0, diagnosis.Confidence);
        Assert.Equal(4, diagnosis.Reasons.Count);
        Assert.Contains("Unclear", diagnosis.Explain());
    }

    [Theory]
    [InlineData(34, 0.52)] // one point past the weak threshold (35)
    [InlineData(10, 1.0)]  // 25 points past it
    public void Diagnose_ConfidenceGrowsWithDistanceFromThreshold(int level, double expected) =>
        Assert.Equal(expected, _diagnoser.Diagnose(Observe(level, level, level)).Confidence, 2);

    [Fact]
    public void Diagnose_UsesConfiguredThresholds()
    {
        var strict = new ProfileDiagnoser(new ProfileOptions { WeakBelow = 5, PresentAtLeast = 6, StrongAtLeast = 95 });

        Assert.Equal(EmpathyProfile.Unclear, strict.Diagnose(Observe(10, 10, 10, boundaries: 50)).Profile);
    }

    [Fact]
    public void Explain_NamesProfileOriginAndReasons()
    {
        var text = _diagnoser.Diagnose(Observe(10, 10, 10, 50, ProfileSignal.EmotionsRarelyNamed)).Explain();

        Assert.StartsWith("Dry well (developmental), confidence", text);
        Assert.Contains("Affective empathy is 10, below the threshold 35.", text);
    }

    [Fact]
    public void Diagnose_NullObservation_Throws() =>
        Assert.Throws<ArgumentNullException>(() => _diagnoser.Diagnose(null!));

    [Theory]
    [InlineData(70, 50, 65, "WeakBelow ≤ PresentAtLeast ≤ StrongAtLeast")]
    [InlineData(-1, 50, 65, "WeakBelow must be between 0 and 100")]
    public void Constructor_WithInvalidOptions_ListsTheProblem(int weak, int present, int strong, string expected)
    {
        var options = new ProfileOptions { WeakBelow = weak, PresentAtLeast = present, StrongAtLeast = strong };

        var error = Assert.Throws<ArgumentException>(() => new ProfileDiagnoser(options));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Options_WithBoundaryThresholdsCrossed_AreInvalid() =>
        Assert.Contains(new ProfileOptions { BoundariesWeakBelow = 70, BoundariesKeptAtLeast = 60 }.Validate(), p => p.Contains("BoundariesWeakBelow"));

    [Fact]
    public void Options_WithZeroConfidenceMargin_AreInvalid() =>
        Assert.Contains(new ProfileOptions { ConfidenceMargin = 0 }.Validate(), p => p.Contains("ConfidenceMargin"));
}
