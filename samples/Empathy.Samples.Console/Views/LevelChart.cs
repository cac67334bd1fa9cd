using System.Globalization;
using System.Text;
using Empathy.Core.Energy;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>
/// The tank's level over time as an area chart drawn with characters, so it reads in any terminal and
/// in redirected output alike: one column per moment sampled evenly from the tank's start to now, a
/// filled cell where the level reaches that row, the reserve as a dashed line, and the dates underneath.
/// </summary>
internal static class LevelChart
{
    /// <summary>How many rows the chart's height is divided into.</summary>
    internal const int Rows = 10;

    /// <summary>The most columns (moments) the chart samples.</summary>
    internal const int MaxColumns = 60;

    /// <summary>A filled cell: the level reaches this row.</summary>
    internal const char Filled = '█';

    /// <summary>The reserve line, where the level does not reach it.</summary>
    internal const char ReserveLine = '-';

    /// <summary>Renders the chart of <paramref name="tank"/> from its start to <paramref name="now"/>.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="tank">The tank.</param>
    /// <param name="now">The end of the chart (the tank's last event when earlier).</param>
    public static void Render(IAnsiConsole ui, EnergyTank tank, DateTimeOffset now)
    {
        var levels = Sample(tank, now);
        var reserveRow = RowOf(tank.Reserve, tank.Capacity);
        var labelWidth = Label(tank.Capacity).Length;
        ui.MarkupLine($"[grey]level over time (capacity {Label(tank.Capacity)}, reserve {Label(tank.Reserve)} as {ReserveLine}{ReserveLine}{ReserveLine})[/]");
        for (var row = Rows; row >= 1; row--)
        {
            var axis = row == Rows ? Label(tank.Capacity) : row == reserveRow ? Label(tank.Reserve) : "";
            var line = new StringBuilder();
            foreach (var level in levels)
            {
                var reaches = RowOf(level, tank.Capacity) >= row;
                line.Append(reaches ? Filled : row == reserveRow ? ReserveLine : ' ');
            }

            var colour = row <= reserveRow ? "red" : "green";
            ui.MarkupLine($"{axis.PadLeft(labelWidth)} │[{colour}]{Markup.Escape(line.ToString())}[/]");
        }

        var start = Day(tank.StartedAt);
        var end = Day(End(tank, now));
        var gap = Math.Max(1, levels.Count - start.Length - end.Length);
        ui.MarkupLine($"{"0".PadLeft(labelWidth)} └{new string('─', levels.Count)}");
        // Within the same minute (a tank started just now) the two ends read alike: one date says it.
        ui.MarkupLine(start == end ? $"{new string(' ', labelWidth + 2)}{start}" : $"{new string(' ', labelWidth + 2)}{start}{new string(' ', gap)}{end}");
    }

    /// <summary>The levels the chart's columns show, oldest first: evenly spaced moments from the tank's start to the end.</summary>
    /// <param name="tank">The tank.</param>
    /// <param name="now">The end of the chart (the tank's last event when earlier).</param>
    internal static IReadOnlyList<double> Sample(EnergyTank tank, DateTimeOffset now)
    {
        var end = End(tank, now);
        var span = end - tank.StartedAt;
        if (span <= TimeSpan.Zero)
        {
            return [tank.LevelAt(tank.StartedAt)];
        }

        var columns = MaxColumns;
        var levels = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            levels[i] = tank.LevelAt(tank.StartedAt + (span * i / (columns - 1)));
        }

        return levels;
    }

    // Row 1 is the bottom; a level counts for a row once it covers at least half of it.
    internal static int RowOf(double level, double capacity) =>
        (int)Math.Round(Math.Clamp(level / capacity, 0, 1) * Rows, MidpointRounding.AwayFromZero);

    private static DateTimeOffset End(EnergyTank tank, DateTimeOffset now) => now > tank.LastEventAt ? now : tank.LastEventAt;

    private static string Label(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
