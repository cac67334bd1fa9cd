using Empathy.Core.Energy;

namespace Empathy.Core.Tests.Energy;

public class EnergyTankTests
{
    private static readonly DateTimeOffset Morning = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Capacity 100, reserve 25, recovery 4 per hour.</summary>
    private static EnergyTank Tank(double level) => EnergyTank.Start(new EnergyOptions(), Morning, level);

    [Fact]
    public void Start_WithoutLevel_IsFull()
    {
        var tank = EnergyTank.Start(new EnergyOptions { Capacity = 80 }, Morning);

        Assert.Equal(80, tank.LevelAt(Morning));
        Assert.False(tank.IsDiving);
    }

    [Fact]
    public void StartDive_AboveReserve_IsAccepted_AndTheOriginalIsUnchanged()
    {
        var tank = Tank(70);

        var result = tank.StartDive(Morning, 30, "listening to Sam");

        Assert.True(result.Accepted);
        Assert.False(result.OverrodeReserve);
        Assert.Equal(40, result.ProjectedLevel);
        Assert.True(result.Tank.IsDiving);
        Assert.Equal("listening to Sam", result.Tank.CurrentDive!.Label);
        Assert.False(tank.IsDiving);
        Assert.Empty(tank.Dives);
    }

    [Fact]
    public void StartDive_LandingExactlyOnTheReserve_IsAccepted() =>
        Assert.True(Tank(55).StartDive(Morning, 30).Accepted);

    [Fact]
    public void StartDive_BelowReserve_IsRefused_AndTheTankIsUnchanged()
    {
        var tank = Tank(40);

        var result = tank.StartDive(Morning, 20);

        Assert.False(result.Accepted);
        Assert.Same(tank, result.Tank);
        Assert.Equal(20, result.ProjectedLevel);
        Assert.StartsWith("Dive refused", result.Explanation);
        Assert.Contains("reserve 25", result.Explanation);
    }

    [Fact]
    public void StartDive_BelowReserveWithOverride_IsAccepted_AndTheOverrideIsRecorded()
    {
        var result = Tank(40).StartDive(Morning, 20, overrideReserve: true);

        Assert.True(result.Accepted);
        Assert.True(result.OverrodeReserve);
        Assert.True(result.Tank.CurrentDive!.OverrodeReserve);
        Assert.Contains("override is recorded", result.Explanation);
    }

    [Fact]
    public void StartDive_OverrideNotNeeded_IsNotRecordedAsOverride() =>
        Assert.False(Tank(90).StartDive(Morning, 20, overrideReserve: true).Tank.CurrentDive!.OverrodeReserve);

    [Fact]
    public void LevelAt_DuringADiveUnderWay_IsHeldAtTheStartLevel()
    {
        var diving = Tank(70).StartDive(Morning, 30).Tank;

        Assert.Equal(70, diving.LevelAt(Morning.AddHours(5)));
    }

    [Fact]
    public void Surface_ChargesTheActualCost_FallingEvenlyAcrossTheDive()
    {
        var tank = Tank(70).StartDive(Morning, 30).Tank.Surface(Morning.AddHours(2), 40);

        Assert.False(tank.IsDiving);
        Assert.Equal(30, tank.LevelAt(Morning.AddHours(2)));
        Assert.Equal(50, tank.LevelAt(Morning.AddHours(1)));
        Assert.Equal(40, tank.Dives[0].ActualCost);
        Assert.Equal(Morning.AddHours(2), tank.Dives[0].SurfacedAt);
    }

    [Fact]
    public void Surface_CostAboveTheLevel_StopsAtZero() =>
        Assert.Equal(0, Tank(30).StartDive(Morning, 5).Tank.Surface(Morning.AddHours(1), 50).LevelAt(Morning.AddHours(1)));

    [Fact]
    public void LevelAt_AfterSurfacing_RecoversAtTheRatePerHour()
    {
        var tank = Tank(70).StartDive(Morning, 30).Tank.Surface(Morning.AddHours(1), 40);

        Assert.Equal(30 + (4 * 2.5), tank.LevelAt(Morning.AddHours(3.5)), 9);
    }

    [Fact]
    public void LevelAt_RecoveryStopsAtCapacity() =>
        Assert.Equal(100, Tank(90).LevelAt(Morning.AddDays(3)));

    [Fact]
    public void LevelAt_PastMoments_AreKeptInTheTimeline()
    {
        // Start at 90; full after 2.5 hours; dive at 10 hours; surface at 12 hours.
        var tank = Tank(90).StartDive(Morning.AddHours(10), 20).Tank.Surface(Morning.AddHours(12), 20);

        Assert.Equal(94, tank.LevelAt(Morning.AddHours(1)), 9);
        Assert.Equal(100, tank.LevelAt(Morning.AddHours(2.5)), 9);
        Assert.Equal(100, tank.LevelAt(Morning.AddHours(6)), 9);
        Assert.Equal(90, tank.LevelAt(Morning.AddHours(11)), 9);
        Assert.Equal(80, tank.LevelAt(Morning.AddHours(12)), 9);
        Assert.Equal(84, tank.LevelAt(Morning.AddHours(13)), 9);
    }

    [Fact]
    public void StartDive_UsesTheRecoveredLevel()
    {
        // 30 at 8:00, 4 per hour: 50 at 13:00, so a 25-point dive lands on the reserve.
        Assert.False(Tank(30).StartDive(Morning, 25).Accepted);
        Assert.True(Tank(30).StartDive(Morning.AddHours(5), 25).Accepted);
    }

    [Fact]
    public void StartDive_WhileDiving_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Tank(90).StartDive(Morning, 10).Tank.StartDive(Morning.AddHours(1), 10));

    [Fact]
    public void Surface_WithoutADive_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Tank(90).Surface(Morning, 10));

    [Fact]
    public void StartDive_BeforeTheLastEvent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tank(90).StartDive(Morning.AddMinutes(-1), 10));

    [Fact]
    public void Surface_BeforeTheDiveBegan_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tank(90).StartDive(Morning.AddHours(1), 10).Tank.Surface(Morning, 10));

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void StartDive_InvalidCost_Throws(double cost) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tank(90).StartDive(Morning, cost));

    [Fact]
    public void Surface_NegativeCost_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tank(90).StartDive(Morning, 10).Tank.Surface(Morning, -5));

    [Fact]
    public void LevelAt_BeforeTheStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tank(90).LevelAt(Morning.AddTicks(-1)));

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(100, 120, 1)]
    [InlineData(100, -1, 1)]
    [InlineData(100, 20, -1)]
    public void Constructor_InvalidSettings_Throws(double capacity, double reserve, double recovery) =>
        Assert.ThrowsAny<ArgumentException>(() => EnergyTank.Start(capacity, reserve, recovery, Morning));

    [Fact]
    public void Constructor_LevelAboveCapacity_Throws() =>
        Assert.Throws<ArgumentException>(() => EnergyTank.Start(100, 20, 1, Morning, level: 101));

    [Fact]
    public void Constructor_EmptyTimeline_Throws() =>
        Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [], []));

    [Fact]
    public void Constructor_TimelineOutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [new(Morning, 50), new(Morning.AddHours(-1), 50)], []));

    [Fact]
    public void Constructor_TwoDivesUnderWay_Throws()
    {
        var open = new Dive { StartedAt = Morning, LevelAtStart = 50, PlannedCost = 10 };

        Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [new(Morning, 50)], [open, open with { StartedAt = Morning.AddHours(1) }]));
    }

    [Fact]
    public void Constructor_OverlappingDives_Throws()
    {
        var done = new Dive { StartedAt = Morning, LevelAtStart = 50, PlannedCost = 10, SurfacedAt = Morning.AddHours(2), ActualCost = 10 };

        Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [new(Morning, 50)], [done, done with { StartedAt = Morning.AddHours(1) }]));
    }

    [Fact]
    public void Start_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => EnergyTank.Start(new EnergyOptions { Capacity = -1 }, Morning));
}
