using System.Globalization;
using Empathy.Core.Components;
using Empathy.Core.Profiles;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows a profile diagnosis to a person: the levels, the profile, its confidence and reasons.</summary>
internal static class ProfileView
{
    /// <summary>Renders <paramref name="diagnosis"/> of <paramref name="observation"/>.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="observation">What was read.</param>
    /// <param name="diagnosis">What was found.</param>
    public static void Render(IAnsiConsole ui, ProfileObservation observation, ProfileDiagnosis diagnosis)
    {
        var levels = new BarChart()
            .Width(60)
            .Label("[bold]Levels[/] (0-100)")
            .WithMaxValue(EmpathyLevels.Max)
            .AddItem("cognitive", observation.Levels.Cognitive, Color.Aqua)
            .AddItem("affective", observation.Levels.Affective, Color.Fuchsia)
            .AddItem("concern", observation.Levels.Concern, Color.Lime)
            .AddItem("boundaries", observation.BoundaryKeeping, Color.Yellow);
        ui.Write(levels);
        ui.WriteLine();

        var name = Names.Of(diagnosis.Profile) + (diagnosis.Origin is { } origin ? $" ({Names.Of(origin)})" : string.Empty);
        ui.MarkupLine($"Profile: [bold]{Markup.Escape(name)}[/], confidence {diagnosis.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}");
        foreach (var reason in diagnosis.Reasons)
        {
            ui.MarkupLine($"  [grey]-[/] {Markup.Escape(reason.Explanation)}");
        }

        ui.MarkupLine("[grey]A heuristic reading for practice and reflection, not a clinical assessment.[/]");
    }
}
