using Empathy.Core.Energy;

namespace Empathy.Core.Tests.Energy;

public class EnergyOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(new EnergyOptions().Validate());

    [Theory]
    [InlineData(0)]
    [InlineData(double.PositiveInfinity)]
    public void Capacity_NotPositiveFinite_IsAProblem(double value) =>
        Assert.Contains(new EnergyOptions { Capacity = value, Reserve = 0 }.Validate(), p => p.Contains(nameof(EnergyOptions.Capacity)));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Reserve_OutsideTheTank_IsAProblem(double value) =>
        Assert.Contains(new EnergyOptions { Reserve = value }.Validate(), p => p.StartsWith("Energy option Reserve"));

    [Fact]
    public void RecoveryPerHour_Negative_IsAProblem() =>
        Assert.Contains(new EnergyOptions { RecoveryPerHour = -1 }.Validate(), p => p.Contains(nameof(EnergyOptions.RecoveryPerHour)));

    [Fact]
    public void NearReserveMargin_Negative_IsAProblem() =>
        Assert.Contains(new EnergyOptions { NearReserveMargin = double.NaN }.Validate(), p => p.Contains(nameof(EnergyOptions.NearReserveMargin)));
}
