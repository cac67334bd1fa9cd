using Empathy.Core.Energy;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Views;

namespace Empathy.Samples.Console.Tests.Views;

public sealed class LevelChartTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sample_FollowsTheTanksLevelFromItsStartToNow()
    {
        var tank = EnergyTank.Start(100, 25, 4, Start).StartDive(Start.AddHours(1), 30).Tank.Surface(Start.AddHours(2), 60);

        var levels = LevelChart.Sample(tank, Start.AddHours(12));

        Assert.Equal(LevelChart.MaxColumns, levels.Count);
        Assert.Equal(100, levels[0]);
        Assert.Equal(tank.LevelAt(Start.AddHours(12)), levels[^1], 6);
        Assert.True(levels.Min() >= 40 - 1e-9);
        Assert.Equal(80, levels[^1], 6); // 40 after surfacing, + 4 per hour for 10 hours
    }

    [Fact]
    public void Render_DrawsTheReserveLineTheFillAndTheDates()
    {
        var output = new StringWriter { NewLine = "\n" };
        var ui = Terminal.CreatePlainConsole(output, interactive: false);
        var tank = EnergyTank.Start(100, 25, 0, Start).StartDive(Start.AddHours(1), 10).Tank.Surface(Start.AddHours(2), 90);

        LevelChart.Render(ui, tank, Start.AddHours(4));

        var lines = output.ToString().Split('\n');
        var reserveRow = lines.Single(l => l.TrimStart().StartsWith("25 │", StringComparison.Ordinal));
        Assert.Contains(LevelChart.ReserveLine, reserveRow); // the level (10) is below the reserve at the end
        var top = lines.Single(l => l.TrimStart().StartsWith("100 │", StringComparison.Ordinal));
        Assert.StartsWith(LevelChart.Filled.ToString(), top[(top.IndexOf('│') + 1)..]);
        Assert.Contains("2026-11-01 08:00", output.ToString());
        Assert.Contains("2026-11-01 12:00", output.ToString());
    }

    [Fact]
    public void Render_OfATankStartedWithinTheMinute_SaysItsDateOnce()
    {
        var output = new StringWriter { NewLine = "\n" };
        var ui = Terminal.CreatePlainConsole(output, interactive: false);

        LevelChart.Render(ui, EnergyTank.Start(100, 25, 4, Start), Start.AddSeconds(3));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output.ToString(), "2026-11-01 08:00"));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(25, 3)]
    [InlineData(100, 10)]
    public void RowOf_CountsARowOnceHalfOfItIsCovered(double level, int row) =>
        Assert.Equal(row, LevelChart.RowOf(level, 100));
}
