using System.CommandLine;
using Empathy.Core.Walls;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy wall diagnose</c>: read the wall in front of you and find the dance move.</summary>
internal static class WallCommands
{
    private static readonly IReadOnlyDictionary<string, WallSignal> SignalNames = KebabCase.Names<WallSignal>();

    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    public static Command Build(EmpathyApp app)
    {
        var signals = new Option<string[]>("--signal")
        {
            Description = "A signal you see (skips the questions); repeat for several.",
            HelpName = "signal",
        }.AcceptOnly([.. SignalNames.Keys.Order(StringComparer.Ordinal)]);
        var format = CommonOptions.Format();
        var diagnose = new Command("diagnose", "Answer questions about the signals you see; get the wall (defense, logic, mixed), its reasons and the dance move, then fill in an I-statement or an IF-THEN rule.")
        {
            signals, format,
        };
        diagnose.SetAction(parse =>
        {
            var given = parse.GetValue(signals) is { Length: > 0 } names ? names.Select(n => SignalNames[n]).ToList() : null;
            Diagnose(app, given, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return new Command("wall", "Read the wall in front of you.") { diagnose };
    }

    /// <summary>Diagnoses the wall from <paramref name="signals"/> (asked when <see langword="null"/>), shows it, and helps fill in the move.</summary>
    /// <param name="app">The app.</param>
    /// <param name="signals">The signals seen, or <see langword="null"/> to ask about each.</param>
    /// <param name="format">How to write the diagnosis; with JSON nothing is asked after it.</param>
    /// <exception cref="CliException">No signals were given and there is no terminal to ask in.</exception>
    public static void Diagnose(EmpathyApp app, IReadOnlyList<WallSignal>? signals, OutputFormat format)
    {
        var ui = app.Terminal.Ui;
        if (signals is null && !app.Terminal.CanPrompt)
        {
            throw CliException.BadInput("Give the signals you see with --signal (see 'empathy wall diagnose --help'), or run in a terminal to answer the questions.");
        }

        signals ??= AskSignals(ui);
        var diagnoser = app.Services.GetRequiredService<IWallDiagnoser>();
        var diagnosis = diagnoser.Diagnose(new WallObservation { Signals = signals });
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, diagnosis, JsonOutput.Library.WallDiagnosis);
            return;
        }

        WallView.Render(ui, diagnosis);
        if (!app.Terminal.CanPrompt)
        {
            return;
        }

        foreach (var move in diagnosis.Moves)
        {
            ui.WriteLine();
            switch (move.Kind)
            {
                case DanceMoveKind.ReduceThreat when ui.Confirm("Write your I-statement now?"):
                    var statement = DanceMoveForm.AskFeelingStatement(ui, diagnoser);
                    ui.MarkupLine($"Say: [bold green]{Markup.Escape(statement.Render())}[/]");
                    break;
                case DanceMoveKind.SwitchToTheirChannel when ui.Confirm("Write your IF-THEN rule now?"):
                    var rule = DanceMoveForm.AskRule(ui);
                    ui.MarkupLine($"Say: [bold green]{Markup.Escape(rule.Render())}[/]");
                    break;
            }
        }
    }

    private static List<WallSignal> AskSignals(IAnsiConsole ui)
    {
        ui.MarkupLine("[grey]Think of the person and what you have seen them do. Answer y or n.[/]");
        return [.. WallSignalCatalogue.All.Where(signal => ui.Confirm(Markup.Escape(WallSignalCatalogue.Question(signal)), defaultValue: false))];
    }
}
