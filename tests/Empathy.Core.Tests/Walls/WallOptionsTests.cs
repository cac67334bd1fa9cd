using Empathy.Core.Walls;

namespace Empathy.Core.Tests.Walls;

public class WallOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(new WallOptions().Validate());

    [Fact]
    public void MissingSignalWeight_IsAProblem()
    {
        var options = new WallOptions();
        options.SignalWeights.Remove(WallSignal.Guarded);

        Assert.Contains(options.Validate(), p => p.Contains("no weight for Guarded"));
    }

    [Theory]
    [InlineData(-0.1, 0)]
    [InlineData(0, 1.5)]
    [InlineData(double.NaN, 0)]
    public void WeightOutOfRange_IsAProblem(double defense, double logic)
    {
        var options = new WallOptions();
        options.SignalWeights[WallSignal.Guarded] = new WallSignalWeight(defense, logic);

        Assert.Contains(options.Validate(), p => p.Contains("SignalWeights[Guarded]"));
    }

    [Fact]
    public void UndefinedSignalWeight_IsAProblem()
    {
        var options = new WallOptions();
        options.SignalWeights[(WallSignal)99] = new WallSignalWeight(0, 0);

        Assert.Contains(options.Validate(), p => p.Contains("not a defined"));
    }

    [Fact]
    public void NullSignalWeights_IsAProblem() =>
        Assert.Contains(new WallOptions { SignalWeights = null! }.Validate(), p => p.Contains(nameof(WallOptions.SignalWeights)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.PositiveInfinity)]
    public void MinimumEvidence_NotPositiveFinite_IsAProblem(double value) =>
        Assert.Contains(new WallOptions { MinimumEvidence = value }.Validate(), p => p.Contains(nameof(WallOptions.MinimumEvidence)));

    [Fact]
    public void ConfidentEvidence_BelowMinimum_IsAProblem() =>
        Assert.Contains(new WallOptions { MinimumEvidence = 2, ConfidentEvidence = 1 }.Validate(), p => p.StartsWith("Wall option ConfidentEvidence"));

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.01)]
    public void DominantShare_OutOfRange_IsAProblem(double value) =>
        Assert.Contains(new WallOptions { DominantShare = value }.Validate(), p => p.Contains(nameof(WallOptions.DominantShare)));

    [Fact]
    public void DisguisedAccusation_WithoutSuggestions_IsAProblem()
    {
        var options = new WallOptions();
        options.DisguisedAccusations["controlled"] = [];

        Assert.Contains(options.Validate(), p => p.Contains("\"controlled\""));
    }

    [Fact]
    public void DisguisedAccusation_BlankWord_IsAProblem()
    {
        var options = new WallOptions();
        options.DisguisedAccusations[" "] = ["sad"];

        Assert.Contains(options.Validate(), p => p.Contains("blank word"));
    }

    [Fact]
    public void NullDisguisedAccusations_IsAProblem() =>
        Assert.Contains(new WallOptions { DisguisedAccusations = null! }.Validate(), p => p.Contains(nameof(WallOptions.DisguisedAccusations)));
}
