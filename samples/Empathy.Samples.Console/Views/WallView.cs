using System.Globalization;
using Empathy.Core.Walls;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows a wall diagnosis: the wall, its scores and confidence, the reasons, and the dance moves.</summary>
internal static class WallView
{
    /// <summary>Renders <paramref name="diagnosis"/>.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="diagnosis">The diagnosis.</param>
    public static void Render(IAnsiConsole ui, WallDiagnosis diagnosis)
    {
        ui.MarkupLine($"Wall: [bold]{Markup.Escape(Name(diagnosis.Wall))}[/], confidence {diagnosis.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}");
        if (diagnosis.DefenseScore + diagnosis.LogicScore > 0)
        {
            ui.Write(new BarChart()
                .Width(60)
                .AddItem("defense", Math.Round(diagnosis.DefenseScore, 2), Color.SteelBlue1)
                .AddItem("logic", Math.Round(diagnosis.LogicScore, 2), Color.Grey70));
        }

        foreach (var reason in diagnosis.Reasons)
        {
            ui.MarkupLine($"  [grey]-[/] {Markup.Escape(reason.Explanation)}");
        }

        foreach (var move in diagnosis.Moves)
        {
            ui.WriteLine();
            ui.MarkupLine($"[bold]Dance move: {Markup.Escape(move.Title)}[/]");
            ui.MarkupLine(Markup.Escape(move.Guidance));
            foreach (var (step, number) in move.Steps.Select((s, i) => (s, i + 1)))
            {
                ui.MarkupLine($"  {number.ToString(CultureInfo.InvariantCulture)}. {Markup.Escape(step)}");
            }
        }
    }

    /// <summary>The wall's name in words.</summary>
    /// <param name="wall">The wall.</param>
    public static string Name(WallKind wall) => wall switch
    {
        WallKind.Defense => "a wall of defense",
        WallKind.Logic => "a wall of logic",
        WallKind.Mixed => "mixed (defense and logic)",
        _ => "unknown: too few signals",
    };
}
