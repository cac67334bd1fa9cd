using Empathy.Core.Boundaries;

namespace Empathy.Core.Tests.Boundaries;

public class ExitOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(new ExitOptions().Validate());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ExitWindow_NotPositive_IsAProblem(int days) =>
        Assert.Contains(new ExitOptions { Window = TimeSpan.FromDays(days) }.Validate(), p => p.Contains(nameof(ExitOptions.Window)));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void DrainingStrain_OffTheScale_IsAProblem(int value) =>
        Assert.Contains(new ExitOptions { DrainingStrainAtLeast = value }.Validate(), p => p.Contains(nameof(ExitOptions.DrainingStrainAtLeast)));

    [Fact]
    public void MinimumCheckIns_BelowTwo_IsAProblem() =>
        Assert.Contains(new ExitOptions { MinimumCheckIns = 1, MinimumAdjustments = 1 }.Validate(), p => p.Contains(nameof(ExitOptions.MinimumCheckIns)));

    [Fact]
    public void MinimumAdjustments_BelowOne_IsAProblem() =>
        Assert.Contains(new ExitOptions { MinimumAdjustments = 0 }.Validate(), p => p.Contains("despite adjustments"));

    [Fact]
    public void MinimumAdjustments_AboveCheckIns_IsAProblem() =>
        Assert.Contains(new ExitOptions { MinimumCheckIns = 3, MinimumAdjustments = 4 }.Validate(), p => p.Contains("must not exceed"));
}
