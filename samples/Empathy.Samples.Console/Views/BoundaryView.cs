using System.Globalization;
using Empathy.Core.Boundaries;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows the boundary map (who is in which zone, the IF-THEN rules) and an observed behaviour checked against the rules.</summary>
internal static class BoundaryView
{
    /// <summary>Renders the zones and the rules.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="map">The map.</param>
    public static void Render(IAnsiConsole ui, BoundaryMap map)
    {
        if (map.Zones.Count == 0)
        {
            ui.MarkupLine("[grey]Nobody placed in a zone yet ('empathy boundary zone <person> inside|doorstep|outside').[/]");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("person").AddColumn("zone");
            foreach (var assignment in map.Zones)
            {
                table.AddRow(Markup.Escape(assignment.Person.Value), Name(assignment.Zone));
            }

            ui.Write(table);
        }

        if (map.Rules.Count == 0)
        {
            ui.MarkupLine("[grey]No rules yet ('empathy boundary rule --if <behaviour> --then <consequence>').[/]");
            return;
        }

        ui.MarkupLine("[bold]Rules[/]");
        foreach (var (rule, number) in map.Rules.Select((r, i) => (r, i + 1)))
        {
            var extra = rule.MatchPhrases.Count > 0 ? $" [grey](also matches: {Markup.Escape(string.Join(", ", rule.MatchPhrases))})[/]" : "";
            ui.MarkupLine($"  {number.ToString(CultureInfo.InvariantCulture)}. {Markup.Escape(rule.Render())}{(rule.IsActive ? "" : " [grey](inactive)[/]")}{extra}");
        }
    }

    /// <summary>Renders the outcome of every rule, the fired ones first in words.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="evaluation">The check.</param>
    public static void RenderCheck(IAnsiConsole ui, RuleEvaluation evaluation)
    {
        if (evaluation.Outcomes.Count == 0)
        {
            ui.MarkupLine("No rules to check against yet ('empathy boundary rule --if <behaviour> --then <consequence>').");
            return;
        }

        var fired = evaluation.Outcomes.Count(o => o.Fired);
        ui.MarkupLine(fired == 0
            ? "[green]No rule fired.[/]"
            : $"[bold yellow]{fired.ToString(CultureInfo.InvariantCulture)} rule{(fired == 1 ? "" : "s")} fired: the consequence applies.[/]");
        foreach (var outcome in evaluation.Outcomes)
        {
            ui.MarkupLine($"  {(outcome.Fired ? "[yellow]✔[/]" : "[grey]✘[/]")} {Markup.Escape(outcome.Explanation)}");
        }
    }

    /// <summary>The zone in words.</summary>
    /// <param name="zone">The zone.</param>
    public static string Name(BoundaryZone zone) => zone switch
    {
        BoundaryZone.Inside => "inside (welcome for a visit)",
        BoundaryZone.Doorstep => "doorstep (talk at the door)",
        _ => "outside (kept out)",
    };
}
