using Empathy.Core.Energy;

namespace Empathy.Core.Tests.Energy;

public class EnergyExplainTests
{
    private static readonly DateTimeOffset Morning = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Diagnose_LevelReason_CarriesTheLevelAndTheLineItWasComparedWith()
    {
        var reason = new EnergyDiagnoser().Diagnose(EnergyTank.Start(100, 25, 4, Morning, 30), Morning).Reasons[0];

        Assert.Equal(EnergyReasonKind.Level, reason.Kind);
        Assert.Equal(30, reason.Value);
        Assert.Equal(40, reason.Threshold);
    }

    [Fact]
    public void Diagnose_WhileDiving_GivesADiveUnderwayReason() =>
        Assert.Equal(EnergyReasonKind.DiveUnderway, new EnergyDiagnoser()
            .Diagnose(EnergyTank.Start(100, 25, 4, Morning).StartDive(Morning, 10).Tank, Morning).Reasons[1].Kind);

    [Fact]
    public void Explain_NamesTheStateLevelAndEveryReason()
    {
        var diagnosis = new EnergyDiagnoser().Diagnose(EnergyTank.Start(100, 25, 4, Morning, 10), Morning);

        Assert.Equal($"Below the reserve at level 10. {diagnosis.Reasons[0].Explanation} {diagnosis.Reasons[1].Explanation}", diagnosis.Explain());
    }

    [Fact]
    public void StartTank_UsesTheConfiguredTankDefaults()
    {
        var tank = new EnergyDiagnoser(new EnergyOptions { Capacity = 80, Reserve = 20, RecoveryPerHour = 2 }).StartTank(Morning);

        Assert.Equal((80, 20, 2, 80), (tank.Capacity, tank.Reserve, tank.RecoveryPerHour, tank.LevelAt(Morning)));
    }
}
