using System.Globalization;
using Empathy.Core.Insights.CoreThoughts;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows the recurring themes of a journal's automatic thoughts, with a bar chart over weeks for each.</summary>
internal static class InsightsView
{
    /// <summary>How many recent weeks each theme's chart shows.</summary>
    internal const int WeeksShown = 8;

    /// <summary>Renders <paramref name="report"/>.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="report">The grouped core thoughts.</param>
    public static void Render(IAnsiConsole ui, CoreThoughtReport report)
    {
        ui.MarkupLine($"[grey]Read {Count(report.EntriesRead, "entry", "entries")} and {Count(report.ThoughtsRead, "thought", "thoughts")}. A heuristic grouping by words, for reflection.[/]");
        if (report.Themes.Count == 0)
        {
            ui.MarkupLine("No recurring theme yet. Write down your automatic thoughts word for word for a few days, then look again.");
            RenderCriticVoices(ui, report);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("theme")
            .AddColumn(new TableColumn("thoughts").RightAligned())
            .AddColumn(new TableColumn("entries").RightAligned())
            .AddColumn(new TableColumn("first seen").NoWrap())
            .AddColumn(new TableColumn("last seen").NoWrap());
        foreach (var theme in report.Themes)
        {
            table.AddRow(
                Markup.Escape(theme.Label),
                theme.ThoughtCount.ToString(CultureInfo.InvariantCulture),
                theme.EntryCount.ToString(CultureInfo.InvariantCulture),
                Day(theme.FirstSeen),
                Day(theme.LastSeen));
        }

        ui.Write(table);
        foreach (var theme in report.Themes)
        {
            ui.WriteLine();
            ui.MarkupLine($"[bold]{Markup.Escape(theme.Label)}[/]: {Markup.Escape(theme.Description)}");
            var chart = new BarChart().Width(60).Label("[grey]thoughts per week (week starting)[/]").LeftAlignLabel();
            foreach (var week in theme.Weeks.OrderBy(w => w.WeekStart).TakeLast(WeeksShown))
            {
                chart.AddItem(week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), week.Count, Color.Aqua);
            }

            ui.Write(chart);
            if (theme.Examples.FirstOrDefault() is { } example)
            {
                ui.MarkupLine($"  [grey]e.g.[/] \"{Markup.Escape(example.Phrase)}\"");
            }

            ui.MarkupLine($"  [grey]Try:[/] {Markup.Escape(theme.TryInstead)}");
        }

        RenderCriticVoices(ui, report);
        if (report.CrisisSignals.Count > 0)
        {
            ui.WriteLine();
            ui.MarkupLine("[bold red]Some entries hold words that suggest thoughts of harming yourself. If that is where you are, please reach out now to someone you trust or to local emergency services.[/]");
        }
    }

    // Thoughts attributed to the writer's named critics: "the heckler is on duty again".
    private static void RenderCriticVoices(IAnsiConsole ui, CoreThoughtReport report)
    {
        foreach (var voice in report.CriticVoices)
        {
            ui.WriteLine();
            ui.MarkupLine($"[bold]{Markup.Escape(voice.CriticName)}[/] spoke in {Count(voice.ThoughtCount, "thought", "thoughts")}.");
            if (voice.Examples.FirstOrDefault() is { } example)
            {
                ui.MarkupLine($"  [grey]e.g. the phrase[/] \"{Markup.Escape(example.Attribution.Phrase)}\": {Markup.Escape(example.Attribution.Reminder)}");
            }
        }
    }

    private static string Day(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
