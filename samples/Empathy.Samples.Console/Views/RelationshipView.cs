using System.Globalization;
using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Shows how relationships stand: the connection score, the green/yellow/red window with the next contact due, and the exit signal with its reasons.</summary>
internal static class RelationshipView
{
    /// <summary>Renders one relationship's reading in full.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="connection">The connection reading.</param>
    /// <param name="exit">The exit signal reading.</param>
    public static void Render(IAnsiConsole ui, ConnectionDiagnosis connection, ExitDiagnosis exit)
    {
        ui.MarkupLine($"[bold]{Markup.Escape(connection.Person.Value)}[/]: {Status(connection.Status)}, score {Score(connection.Score)} close hours");
        ui.MarkupLine($"  [grey]Next contact:[/] {Markup.Escape(NextContact(connection))}");
        foreach (var reason in connection.Reasons)
        {
            ui.MarkupLine($"  [grey]-[/] {Markup.Escape(reason.Explanation)}");
        }

        ui.WriteLine();
        ui.MarkupLine(exit.ExitSignalled
            ? "[bold yellow]Exit signal: this relationship has brought continuous depletion despite your adjustments. You have the right to leave the dance floor; that is self-empathy, not failure.[/]"
            : "Exit signal: not raised.");
        foreach (var reason in exit.Reasons)
        {
            ui.MarkupLine($"  {(reason.Holds ? "[yellow]✔[/]" : "[grey]✘[/]")} {Markup.Escape(reason.Explanation)}");
        }
    }

    /// <summary>Renders several relationships as a table, one row each.</summary>
    /// <param name="ui">Where to render.</param>
    /// <param name="readings">Each relationship's connection and exit readings.</param>
    public static void RenderList(IAnsiConsole ui, IReadOnlyList<(ConnectionDiagnosis Connection, ExitDiagnosis Exit)> readings)
    {
        if (readings.Count == 0)
        {
            ui.MarkupLine("No relationships yet. Add one with 'empathy relationship add <person>'.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("person").AddColumn("status").AddColumn(new TableColumn("score").RightAligned())
            .AddColumn(new TableColumn("last contact").NoWrap()).AddColumn(new TableColumn("next contact due").NoWrap()).AddColumn("exit signal");
        foreach (var (connection, exit) in readings)
        {
            table.AddRow(
                Markup.Escape(connection.Person.Value),
                Status(connection.Status),
                Score(connection.Score),
                connection.LastContactAt is { } last ? Day(last) : "never",
                Markup.Escape(NextContact(connection)),
                exit.ExitSignalled ? "[yellow]raised[/]" : "no");
        }

        ui.Write(table);
    }

    /// <summary>When the next contact is due, in words: by the end of the ideal window, or now when it has closed.</summary>
    /// <param name="connection">The reading.</param>
    public static string NextContact(ConnectionDiagnosis connection) => connection.IdealContactBy switch
    {
        null => "now (no contact yet)",
        { } by when by > connection.At => $"by {Day(by)} (in {Days(by - connection.At)} days)",
        { } by => $"now (the ideal window closed on {Day(by)})",
    };

    /// <summary>The status, coloured, in words.</summary>
    /// <param name="status">The status.</param>
    public static string Status(ContactStatus status) => status switch
    {
        ContactStatus.Green => "[green]green[/]",
        ContactStatus.Yellow => "[yellow]yellow[/]",
        _ => "[red]red[/]",
    };

    private static string Score(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Days(TimeSpan span) => span.TotalDays.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
