using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Explains a text check to a person: the text with the flagged words marked, each finding, and what to try.</summary>
internal static class AnalysisView
{
    /// <summary>Shows an observation check.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="text">The text checked.</param>
    /// <param name="result">The result.</param>
    public static void Render(IAnsiConsole ui, string text, ObservationCheckResult result) =>
        Render(ui, text, result, result.IsObjective
            ? "[green]Reads as an observation: a camera could have recorded it.[/]"
            : "[yellow]Interpretation where an observation belongs:[/]", () =>
        {
            if (result.RewriteHint is { } hint)
            {
                ui.MarkupLine($"[bold]Try:[/] {Markup.Escape(hint)}");
            }
        });

    /// <summary>Shows a message check.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="text">The text checked.</param>
    /// <param name="result">The result.</param>
    public static void Render(IAnsiConsole ui, string text, MessageCheckResult result) =>
        Render(ui, text, result, result.IsAccusation
            ? "[yellow]This accuses: behind a wall of defense it will raise the wall.[/]"
            : "[green]No accusation found: it states, it does not blame.[/]", () =>
        {
            if (result.Suggestion is { } suggestion)
            {
                ui.MarkupLine($"[bold]Try an I-statement:[/] {Markup.Escape(suggestion)}");
            }
        });

    /// <summary>Shows a reply check (the empathy mirror).</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="text">The reply checked.</param>
    /// <param name="result">The result.</param>
    public static void Render(IAnsiConsole ui, string text, ReplyCheckResult result) =>
        Render(ui, text, result, result.IsDismissive
            ? "[yellow]This reply makes a dismissive move:[/]"
            : "[green]No dismissive move found.[/]", () =>
        {
            ui.MarkupLine(result.Components.Count == 0
                ? "Empathy shown: [grey]none recognised[/]"
                : $"Empathy shown: [bold]{Markup.Escape(string.Join(", ", result.Components.Select(c => c.ToString().ToLowerInvariant())))}[/]");
            // One line per piece of evidence, like the findings: the words, then what they show and which rule saw them.
            foreach (var evidence in result.Evidence)
            {
                var shows = evidence.Component.ToString().ToLowerInvariant() + (evidence.IsExploring ? ", exploring" : "");
                ui.MarkupLine($"  [green]\"{Markup.Escape(Span(text, evidence.Start, evidence.Length, evidence.Phrase))}\"[/] [grey]({Markup.Escape(shows)}, rule {Markup.Escape(evidence.RuleId)})[/]");
            }

            foreach (var suggestion in result.Suggestions)
            {
                ui.MarkupLine($"[bold]Try:[/] {Markup.Escape(suggestion)}");
            }
        });

    // The one view every check shares (through the library's common result interface): the marked
    // text, the verdict, the findings, what only this check says, then the crisis line.
    private static void Render(IAnsiConsole ui, string text, IInsightCheckResult result, string verdict, Action details)
    {
        Marked(ui, text, result.Findings);
        ui.MarkupLine(verdict);
        Findings(ui, text, result.Findings);
        details();
        Crisis(ui, text, result);
    }

    private static void Marked(IAnsiConsole ui, string text, IReadOnlyList<InsightFinding> findings)
    {
        var markup = new System.Text.StringBuilder();
        var at = 0;
        foreach (var finding in findings.Where(f => f.End <= text.Length).OrderBy(f => f.Start))
        {
            if (finding.Start < at)
            {
                continue; // overlapping spans: the first one is marked
            }

            markup.Append(Markup.Escape(text[at..finding.Start]));
            markup.Append("[black on yellow]").Append(Markup.Escape(text.Substring(finding.Start, finding.Length))).Append("[/]");
            at = finding.End;
        }

        markup.Append(Markup.Escape(text[at..]));
        ui.Write(new Panel(new Markup(markup.ToString())).Border(BoxBorder.Rounded));
    }

    // The words as the writer typed them (the library reports its normalised phrase as well).
    private static string Span(string text, int start, int length, string fallback) =>
        start + length <= text.Length ? text.Substring(start, length) : fallback;

    private static void Findings(IAnsiConsole ui, string text, IReadOnlyList<InsightFinding> findings)
    {
        foreach (var finding in findings)
        {
            ui.MarkupLine($"  [yellow]\"{Markup.Escape(Span(text, finding.Start, finding.Length, finding.Phrase))}\"[/] [grey]({Markup.Escape(Names.InWords(finding.Kind))}, rule {Markup.Escape(finding.RuleId)})[/]: {Markup.Escape(finding.Why)}");
            ui.MarkupLine($"    [grey]Instead:[/] {Markup.Escape(finding.TryInstead)}");
        }
    }

    private static void Crisis(IAnsiConsole ui, string text, IInsightCheckResult result)
    {
        if (result.HasCrisisSignal)
        {
            // The library only raises the flag; what to show is the host's call. This host keeps it plain.
            ui.MarkupLine("[bold red]Some words here suggest thoughts of harming yourself. If that is where you are, please reach out now to someone you trust or to local emergency services.[/]");
        }

        // Every crisis phrase with its scope, so the reader sees which words were read and how.
        foreach (var mention in result.CrisisMentions)
        {
            var finding = mention.Finding;
            var scope = $"{Names.Of(mention.Person)}, {(mention.IsNegated ? "negated, " : "")}{Names.Of(mention.Time)}";
            var words = mention.ScopeWords.Length == 0 ? "" : $"; because of: {mention.ScopeWords}";
            ui.MarkupLine($"  [grey]crisis words[/] [red]\"{Markup.Escape(Span(text, finding.Start, finding.Length, finding.Phrase))}\"[/] [grey]({Markup.Escape(scope + words)}{(mention.RaisesFlag ? "" : ", flag not raised")})[/]");
        }
    }
}
