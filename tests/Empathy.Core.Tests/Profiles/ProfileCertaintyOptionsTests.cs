using Empathy.Core.Components;
using Empathy.Core.Profiles;

namespace Empathy.Core.Tests.Profiles;

public class ProfileCertaintyOptionsTests
{
    private static ProfileObservation Observe(int cognitive, int affective, int concern, int boundaries, params ProfileSignal[] signals) =>
        new() { Levels = new EmpathyLevels(cognitive, affective, concern), BoundaryKeeping = boundaries, Signals = signals };

    [Fact]
    public void Diagnose_PerformativeWithOneSignal_IsCappedByTheConfiguredCertainty() =>
        Assert.Equal(0.6, new ProfileDiagnoser(new ProfileOptions { PerformativeOneSignalCertainty = 0.6 })
            .Diagnose(Observe(60, 20, 50, 50, ProfileSignal.ExpressionWithoutFeeling)).Confidence, 3);

    [Fact]
    public void Diagnose_PerformativeWithBothSignals_IsCappedByTheConfiguredCertainty() =>
        Assert.Equal(0.8, new ProfileDiagnoser(new ProfileOptions { PerformativeBothSignalsCertainty = 0.8 })
            .Diagnose(Observe(60, 0, 0, 50, ProfileSignal.ExpressionWithoutFeeling, ProfileSignal.ExpressionWithoutAction)).Confidence, 3);

    [Fact]
    public void Diagnose_FloodWithDrainedSignal_AddsTheConfiguredBonus()
    {
        var without = new ProfileDiagnoser().Diagnose(Observe(50, 80, 50, 30));
        var with = new ProfileDiagnoser(new ProfileOptions { FloodDrainedSignalBonus = 0.05 })
            .Diagnose(Observe(50, 80, 50, 30, ProfileSignal.DrainedAfterOthersEmotions));

        Assert.Equal(without.Confidence + 0.05, with.Confidence, 9);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Validate_CertaintyOutsideZeroToOne_IsAProblem(double value) =>
        Assert.Contains(new ProfileOptions { FloodDrainedSignalBonus = value }.Validate(), p => p.Contains(nameof(ProfileOptions.FloodDrainedSignalBonus)));

    [Fact]
    public void Validate_OneSignalMoreCertainThanBoth_IsAProblem() =>
        Assert.Contains(new ProfileOptions { PerformativeOneSignalCertainty = 0.95 }.Validate(), p => p.Contains("two signals are more evidence than one"));

    [Fact]
    public void Catalogue_DescribesEverySignal() =>
        Assert.All(ProfileSignalCatalogue.All, s => Assert.False(string.IsNullOrWhiteSpace(ProfileSignalCatalogue.Describe(s))));

    [Fact]
    public void Diagnose_SignalReason_UsesTheCatalogueSentence()
    {
        var diagnosis = new ProfileDiagnoser().Diagnose(Observe(60, 20, 50, 50, ProfileSignal.ExpressionWithoutAction));

        Assert.Equal(ProfileSignalCatalogue.Describe(ProfileSignal.ExpressionWithoutAction), diagnosis.Reasons.Single(r => r.Signal is not null).Explanation);
    }

    [Fact]
    public void Diagnosis_Reasons_AreCopied()
    {
        var reasons = new List<ProfileReason> { ProfileReason.ForSignal(ProfileSignal.ExpressionWithoutAction) };
        var diagnosis = new ProfileDiagnosis { Profile = EmpathyProfile.Performative, Confidence = 0.7, Reasons = reasons };

        reasons.Clear();

        Assert.Single(diagnosis.Reasons);
    }
}
