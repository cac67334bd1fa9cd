using Empathy.Core.Boundaries;

namespace Empathy.Core.Tests.Boundaries;

public class BoundaryOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(new BoundaryOptions().Validate());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ExitWindow_NotPositive_IsAProblem(int days) =>
        Assert.Contains(new BoundaryOptions { ExitWindow = TimeSpan.FromDays(days) }.Validate(), p => p.Contains(nameof(BoundaryOptions.ExitWindow)));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void DrainingStrain_OffTheScale_IsAProblem(int value) =>
        Assert.Contains(new BoundaryOptions { DrainingStrainAtLeast = value }.Validate(), p => p.Contains(nameof(BoundaryOptions.DrainingStrainAtLeast)));

    [Fact]
    public void MinimumCheckIns_BelowTwo_IsAProblem() =>
        Assert.Contains(new BoundaryOptions { ExitMinimumCheckIns = 1, ExitMinimumAdjustments = 1 }.Validate(), p => p.Contains(nameof(BoundaryOptions.ExitMinimumCheckIns)));

    [Fact]
    public void MinimumAdjustments_BelowOne_IsAProblem() =>
        Assert.Contains(new BoundaryOptions { ExitMinimumAdjustments = 0 }.Validate(), p => p.Contains("despite adjustments"));

    [Fact]
    public void MinimumAdjustments_AboveCheckIns_IsAProblem() =>
        Assert.Contains(new BoundaryOptions { ExitMinimumCheckIns = 3, ExitMinimumAdjustments = 4 }.Validate(), p => p.Contains("must not exceed"));
}
