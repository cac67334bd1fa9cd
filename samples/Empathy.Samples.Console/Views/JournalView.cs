using System.Globalization;
using Empathy.Core.Journal;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows journal entries to their owner: a list of entries, or one entry in its four layers.</summary>
internal static class JournalView
{
    /// <summary>
    /// Renders the entries two lines each: the id (as <c>journal show</c> takes it), when it was felt and
    /// the emotions, then a one-line preview of what happened.
    /// </summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="entries">The entries, in the order to show.</param>
    public static void RenderList(IAnsiConsole ui, IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0)
        {
            ui.MarkupLine("[grey]The journal is empty. Write an entry with 'journal add' or from the menu.[/]");
            return;
        }

        var previewLength = Math.Clamp(ui.Profile.Width - 4, 20, 120);
        foreach (var entry in entries)
        {
            var emotions = string.Join(", ", entry.Emotions.Select(e => $"{e.Emotion} {e.IntensityBefore}"));
            var tags = entry.Tags.Count == 0 ? string.Empty : " #" + string.Join(" #", entry.Tags);
            ui.MarkupLine($"[bold]{Markup.Escape(entry.Id.ToString())}[/]  {Markup.Escape(When(entry.FeltAt))}  [aqua]{Markup.Escape(emotions)}[/][grey]{Markup.Escape(tags)}[/]");
            ui.MarkupLine($"    {Markup.Escape(Preview(entry.WhatHappened.Reveal(), previewLength))}");
        }

        ui.MarkupLine($"[grey]{entries.Count.ToString(CultureInfo.InvariantCulture)} entr{(entries.Count == 1 ? "y" : "ies")}. Read one with 'empathy journal show <id>'.[/]");
    }

    /// <summary>Renders one entry in full, layer by layer.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="entry">The entry; its private text is shown, since its owner asked for it.</param>
    public static void RenderEntry(IAnsiConsole ui, JournalEntry entry)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[grey]id[/]", Markup.Escape(entry.Id.ToString()));
        grid.AddRow("[grey]felt[/]", Markup.Escape(When(entry.FeltAt)));
        grid.AddRow("[grey]logged[/]", Markup.Escape(When(entry.LoggedAt)));
        grid.AddRow("[bold]what happened[/]", Markup.Escape(entry.WhatHappened.Reveal()));
        grid.AddRow("[bold]automatic thoughts[/]", Lines(entry.AutomaticThoughts.Select(t => t.Reveal())));
        grid.AddRow("[bold]body[/]", Lines(entry.BodySensations.Select(t => t.Reveal())));
        grid.AddRow("[bold]what I did[/]", entry.WhatIDid is { } did ? Markup.Escape(did.Reveal()) : "[grey]-[/]");
        if (entry.Emotions.Count > 0)
        {
            grid.AddRow("[bold]emotions[/]", Lines(entry.Emotions.Select(e =>
                e.IntensityAfter is { } after ? $"{e.Emotion}: {e.IntensityBefore} → {after}" : $"{e.Emotion}: {e.IntensityBefore}")));
        }

        if (entry.Tags.Count > 0)
        {
            grid.AddRow("[grey]tags[/]", Markup.Escape(string.Join(", ", entry.Tags)));
        }

        ui.Write(new Panel(grid).Header("journal entry").Border(BoxBorder.Rounded));
    }

    private static string Lines(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "[grey]-[/]" : string.Join('\n', list.Select(i => "• " + Markup.Escape(i)));
    }

    private static string When(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Preview(string text, int length)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= length ? oneLine : string.Concat(oneLine.AsSpan(0, length - 1), "…");
    }
}
