using Empathy.Core.Exercises;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows the exercise catalogue.</summary>
internal static class ExerciseView
{
    /// <summary>Renders a table of exercises: id, title, components, minutes.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="exercises">The exercises.</param>
    public static void RenderList(IAnsiConsole ui, IReadOnlyList<ExerciseDefinition> exercises)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("id").NoWrap())
            .AddColumn("title")
            .AddColumn("trains")
            .AddColumn(new TableColumn("min").RightAligned());
        foreach (var exercise in exercises)
        {
            table.AddRow(
                Markup.Escape(exercise.Id),
                Markup.Escape(exercise.Title.Current),
                Markup.Escape(string.Join(", ", exercise.Components.Select(c => c.ToString().ToLowerInvariant()))),
                exercise.Minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        ui.Write(table);
        ui.MarkupLine("[grey]Run one with 'empathy exercises run <id>'.[/]");
    }
}
