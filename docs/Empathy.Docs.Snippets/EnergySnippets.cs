using Empathy.Core.Energy;

namespace Empathy.Docs.Snippets;

public static class EnergySnippets
{
    public static (DiveResult Refused, EnergyTank Tank, double LevelAtFive, EnergyDiagnosis Diagnosis) Tank()
    {
        // snippet: energy-tank
        var morning = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var options = new EnergyOptions { Capacity = 100, Reserve = 25, RecoveryPerHour = 4 };
        var tank = EnergyTank.Start(options, morning, level: 60);

        // 60 − 45 = 15 would go below the reserve of 25: refused, and the tank is unchanged.
        var refused = tank.StartDive(morning, plannedCost: 45, label: "long call with Sam");

        // A shorter dive fits; surface two hours later having spent a little more than planned.
        tank = tank.StartDive(morning, plannedCost: 30, label: "coffee with Sam").Tank;
        tank = tank.Surface(morning.AddHours(2), actualCost: 35);

        var levelAtFive = tank.LevelAt(morning.AddHours(5)); // 25 after the dive, + 3 hours × 4 = 37
        var diagnosis = new EnergyDiagnoser(options).Diagnose(tank, morning.AddHours(5)); // NearReserve
        // end snippet
        return (refused, tank, levelAtFive, diagnosis);
    }

    public static DiveResult Override()
    {
        var morning = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var tank = EnergyTank.Start(100, 25, 4, morning, level: 30);
        // snippet: energy-override
        var result = tank.StartDive(morning, plannedCost: 20, label: "a friend in crisis", overrideReserve: true);
        // result.Accepted and result.OverrodeReserve are true, and so is result.Tank.CurrentDive.OverrodeReserve.
        // end snippet
        return result;
    }
}
