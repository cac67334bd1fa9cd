using System.Globalization;
using Empathy.Core.Energy;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows the diver's tank: how it stands now and why, its recent dives, and its level over time as a chart.</summary>
internal static class TankView
{
    /// <summary>How many of the latest dives the table lists.</summary>
    internal const int DivesShown = 5;

    /// <summary>Renders the reading <paramref name="diagnosis"/> of <paramref name="tank"/> with the chart.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="tank">The tank.</param>
    /// <param name="diagnosis">How it stands now.</param>
    public static void Render(IAnsiConsole ui, EnergyTank tank, EnergyDiagnosis diagnosis)
    {
        RenderReading(ui, diagnosis);
        if (tank.Dives.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("dive").AddColumn(new TableColumn("started").NoWrap()).AddColumn(new TableColumn("planned").RightAligned())
                .AddColumn(new TableColumn("actual").RightAligned()).AddColumn(new TableColumn("surfaced").NoWrap()).AddColumn("reserve");
            foreach (var dive in tank.Dives.TakeLast(DivesShown))
            {
                table.AddRow(
                    Markup.Escape(dive.Label ?? "-"),
                    Time(dive.StartedAt),
                    Amount(dive.PlannedCost),
                    dive.ActualCost is { } actual ? Amount(actual) : "-",
                    dive.SurfacedAt is { } surfaced ? Time(surfaced) : "[yellow]under way[/]",
                    dive.OverrodeReserve ? "[red]overridden[/]" : "kept");
            }

            ui.Write(table);
        }

        ui.WriteLine();
        LevelChart.Render(ui, tank, diagnosis.At);
    }

    /// <summary>Renders the state, the level and the reasons.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="diagnosis">The reading.</param>
    public static void RenderReading(IAnsiConsole ui, EnergyDiagnosis diagnosis)
    {
        var colour = diagnosis.State switch
        {
            EnergyState.BelowReserve => "red",
            EnergyState.NearReserve => "yellow",
            _ => "green",
        };
        ui.MarkupLine($"Tank: [bold {colour}]{Markup.Escape(Name(diagnosis.State))}[/], level {Amount(diagnosis.Level)}{(diagnosis.IsDiving ? ", diving" : "")}");
        foreach (var reason in diagnosis.Reasons)
        {
            ui.MarkupLine($"  [grey]-[/] {Markup.Escape(reason.Explanation)}");
        }

        if (diagnosis.UntilReserve is { } reserve && reserve > TimeSpan.Zero)
        {
            ui.MarkupLine($"  [grey]-[/] Back at the reserve in {Hours(reserve)}.");
        }

        if (diagnosis.UntilFull is { } full && full > TimeSpan.Zero)
        {
            ui.MarkupLine($"  [grey]-[/] Full again in {Hours(full)}.");
        }
    }

    /// <summary>Renders the answer to a dive: accepted, accepted with the override, or refused.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="result">The answer.</param>
    public static void RenderDive(IAnsiConsole ui, DiveResult result)
    {
        var colour = !result.Accepted ? "red" : result.OverrodeReserve ? "yellow" : "green";
        ui.MarkupLine($"[{colour}]{Markup.Escape(result.Explanation)}[/]");
    }

    /// <summary>The state in words.</summary>
    /// <param name="state">The state.</param>
    public static string Name(EnergyState state) => state switch
    {
        EnergyState.BelowReserve => "below the reserve",
        EnergyState.NearReserve => "near the reserve",
        EnergyState.Full => "full",
        _ => "comfortable",
    };

    private static string Amount(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Hours(TimeSpan span) => span.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " hours";
}
