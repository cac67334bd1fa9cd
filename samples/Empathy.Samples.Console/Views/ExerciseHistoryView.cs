using System.Globalization;
using Empathy.Core.Exercises;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows the saved exercise responses, newest first: when, which exercise, how many steps were answered, and the id.</summary>
internal static class ExerciseHistoryView
{
    /// <summary>One saved response as the history lists it.</summary>
    /// <param name="Id">The record's id.</param>
    /// <param name="At">When it was answered.</param>
    /// <param name="Title">The exercise's title, or its pack/id when the pack is not installed.</param>
    /// <param name="Response">The response.</param>
    internal sealed record Row(string Id, DateTimeOffset At, string Title, ExerciseResponse Response);

    /// <summary>Renders the history.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="rows">The saved responses, newest first.</param>
    public static void Render(IAnsiConsole ui, IReadOnlyList<Row> rows)
    {
        if (rows.Count == 0)
        {
            ui.MarkupLine("No exercise answered yet. Run one with 'empathy exercises run <id>' (see 'empathy exercises list').");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("when").NoWrap()).AddColumn("exercise").AddColumn(new TableColumn("answers").RightAligned()).AddColumn(new TableColumn("id").NoWrap());
        foreach (var row in rows)
        {
            table.AddRow(
                row.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(row.Title),
                row.Response.Answers.Count.ToString(CultureInfo.InvariantCulture),
                row.Id);
        }

        ui.Write(table);
    }
}
