using Empathy.Core.Energy;

namespace Empathy.Core.Tests.Energy;

public class EnergyDiagnoserTests
{
    private static readonly DateTimeOffset Morning = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly EnergyDiagnoser _diagnoser = new();

    private static EnergyTank Tank(double level, double recovery = 4) => EnergyTank.Start(100, 25, recovery, Morning, level);

    [Theory]
    [InlineData(100, EnergyState.Full)]
    [InlineData(40, EnergyState.Comfortable)]
    [InlineData(39.9, EnergyState.NearReserve)]
    [InlineData(25, EnergyState.NearReserve)]
    [InlineData(24.9, EnergyState.BelowReserve)]
    [InlineData(0, EnergyState.BelowReserve)]
    public void Diagnose_Level_GivesItsState(double level, EnergyState state) =>
        Assert.Equal(state, _diagnoser.Diagnose(Tank(level), Morning).State);

    [Fact]
    public void Diagnose_BelowReserve_SaysToRest()
    {
        var diagnosis = _diagnoser.Diagnose(Tank(10), Morning);

        Assert.Contains("below the reserve 25", diagnosis.Reasons[0].Explanation);
        Assert.Equal(TimeSpan.FromHours(15 / 4.0), diagnosis.UntilReserve);
        Assert.Equal(TimeSpan.FromHours(90 / 4.0), diagnosis.UntilFull);
    }

    [Fact]
    public void Diagnose_AboveReserve_NeedsNoTimeToReachIt() =>
        Assert.Equal(TimeSpan.Zero, _diagnoser.Diagnose(Tank(60), Morning).UntilReserve);

    [Fact]
    public void Diagnose_WhileDiving_HasNoRecoveryTimes()
    {
        var diving = Tank(80).StartDive(Morning, 10).Tank;

        var diagnosis = _diagnoser.Diagnose(diving, Morning.AddHours(1));

        Assert.True(diagnosis.IsDiving);
        Assert.Null(diagnosis.UntilFull);
        Assert.Contains(diagnosis.Reasons, r => r.Explanation == "A dive is under way since 5 January 2026, 08:00 +00:00; recovery is paused until you surface.");
    }

    [Fact]
    public void Diagnose_NoRecoveryRate_HasNoRecoveryTimes() =>
        Assert.Null(_diagnoser.Diagnose(Tank(50, recovery: 0), Morning).UntilFull);

    [Fact]
    public void Diagnose_ConfiguredMargin_MovesTheNearReserveLine() =>
        Assert.Equal(EnergyState.Comfortable, new EnergyDiagnoser(new EnergyOptions { NearReserveMargin = 5 }).Diagnose(Tank(31), Morning).State);

    [Fact]
    public void Constructor_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => new EnergyDiagnoser(new EnergyOptions { NearReserveMargin = -1 }));
}
