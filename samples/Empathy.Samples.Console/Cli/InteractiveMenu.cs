using Empathy.Core.Components;
using Empathy.Core.Exercises;
using Empathy.Core.Profiles;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// What <c>empathy</c> shows when run with no command in a terminal: a menu of the main jobs, each a
/// guided flow over the same operations the commands use (the practice records' flows are in <see cref="PracticeMenus"/>). Runs until the user picks Quit.
/// </summary>
internal static class InteractiveMenu
{
    /// <summary>The menu's entries, in the order shown.</summary>
    internal enum Choice
    {
        RunExercise,
        WriteJournalEntry,
        SeeInsights,
        ReadWall,
        CheckMessage,
        CheckReply,
        DiagnoseProfile,
        Relationships,
        EnergyTank,
        InnerCritic,
        Boundaries,
        ExerciseHistory,
        Quit,
    }

    /// <summary>Runs the menu until Quit.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value, if given.</param>
    /// <param name="cancellation">Cancels the menu.</param>
    /// <returns>The exit code: 0 after Quit.</returns>
    /// <exception cref="CliException">There is no terminal to show the menu in.</exception>
    public static async Task<int> RunAsync(EmpathyApp app, string? dataDirectory, CancellationToken cancellation)
    {
        var ui = app.Terminal.Ui;
        if (!app.Terminal.CanPrompt)
        {
            throw CliException.BadInput($"No command given, and the interactive menu needs a terminal. Run '{EmpathyCli.CommandName} --help' to see the commands.");
        }

        ui.Write(new Rule("[bold]empathy[/]").LeftJustified());
        ui.MarkupLine("[grey]Practice, not therapy: every reading here is a heuristic that explains itself.[/]");
        while (!cancellation.IsCancellationRequested)
        {
            var choice = ui.Prompt(new SelectionPrompt<Choice>()
                .Title("What would you like to do?")
                .PageSize(15)
                .UseConverter(Label)
                .AddChoices(Enum.GetValues<Choice>()));
            if (choice == Choice.Quit)
            {
                ui.MarkupLine("[grey]Take care.[/]");
                return ExitCodes.Success;
            }

            ui.Write(new Rule($"[bold]{Markup.Escape(Label(choice))}[/]").LeftJustified());
            try
            {
                await RunAsync(app, choice, dataDirectory, cancellation).ConfigureAwait(false);
            }
            catch (Exception error) when (StorageFailures.Translate(error) is { } failure)
            {
                ui.MarkupLine($"[red]{Markup.Escape(failure.Message)}[/]");
            }

            ui.WriteLine();
        }

        return ExitCodes.Interrupted;
    }

    /// <summary>The label a person sees for <paramref name="choice"/>.</summary>
    /// <param name="choice">The menu entry.</param>
    internal static string Label(Choice choice) => choice switch
    {
        Choice.RunExercise => "Run an exercise",
        Choice.WriteJournalEntry => "Write a journal entry",
        Choice.SeeInsights => "See insights from my journal",
        Choice.ReadWall => "Read a wall",
        Choice.CheckMessage => "Check a message before I send it",
        Choice.CheckReply => "Check a reply to someone in pain",
        Choice.DiagnoseProfile => "Read an empathy profile from levels",
        Choice.Relationships => "My relationships: contact, check-ins, exit signal",
        Choice.EnergyTank => "My energy tank: dive and surface",
        Choice.InnerCritic => "My inner critic",
        Choice.Boundaries => "My boundaries: zones and rules",
        Choice.ExerciseHistory => "My exercise history",
        _ => "Quit",
    };

    private static async Task RunAsync(EmpathyApp app, Choice choice, string? dataDirectory, CancellationToken cancellation)
    {
        switch (choice)
        {
            case Choice.DiagnoseProfile:
                DiagnoseProfile(app);
                break;
            case Choice.RunExercise:
                var exercise = app.Terminal.Ui.Prompt(new SelectionPrompt<ExerciseDefinition>()
                    .Title("Which exercise?")
                    .PageSize(15)
                    .UseConverter(e => Markup.Escape(e.Title.Current))
                    .AddChoices(app.Services.GetRequiredService<IExerciseCatalog>().Exercises));
                await ExercisesCommands.RunAsync(app, dataDirectory, exercise, cancellation).ConfigureAwait(false);
                break;
            case Choice.WriteJournalEntry:
                var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
                var entry = JournalEntryForm.Ask(app.Terminal.Ui, app.Time.GetLocalNow());
                var id = await journal.SaveAsync(entry, cancellation).ConfigureAwait(false);
                app.Terminal.Ui.MarkupLine($"[green]Saved in your journal as entry {id}.[/]");
                break;
            case Choice.SeeInsights:
                await JournalCommands.ShowInsightsAsync(app, dataDirectory, OutputFormat.Text, MenuLanguage(app), cancellation).ConfigureAwait(false);
                break;
            case Choice.ReadWall:
                WallCommands.Diagnose(app, signals: null, OutputFormat.Text);
                break;
            case Choice.Relationships:
                await PracticeMenus.RelationshipsAsync(app, dataDirectory, cancellation).ConfigureAwait(false);
                break;
            case Choice.EnergyTank:
                await PracticeMenus.TankAsync(app, dataDirectory, cancellation).ConfigureAwait(false);
                break;
            case Choice.InnerCritic:
                await PracticeMenus.CriticsAsync(app, dataDirectory, cancellation).ConfigureAwait(false);
                break;
            case Choice.Boundaries:
                await PracticeMenus.BoundariesAsync(app, dataDirectory, cancellation).ConfigureAwait(false);
                break;
            case Choice.ExerciseHistory:
                await ExercisesCommands.HistoryAsync(app, dataDirectory, exercise: null, OutputFormat.Text, cancellation).ConfigureAwait(false);
                break;
            case Choice.CheckMessage:
                AnalyzeCommands.Analyze(app, AnalyzeCommands.Check.Message, Prompts.AskText(app.Terminal.Ui, "The message you are about to send:", required: true), OutputFormat.Text, MenuLanguage(app));
                break;
            default:
                AnalyzeCommands.Analyze(app, AnalyzeCommands.Check.Reply, Prompts.AskText(app.Terminal.Ui, "Your reply to someone in pain:", required: true), OutputFormat.Text, MenuLanguage(app));
                break;
        }
    }

    // The menu has no --language: EMPATHY_LANGUAGE says, else English.
    private static string MenuLanguage(EmpathyApp app)
    {
        var (language, problem) = CommonOptions.LanguageFrom(app.Environment);
        return problem is null ? language : throw CliException.BadInput(problem);
    }

    private static void DiagnoseProfile(EmpathyApp app)
    {
        var ui = app.Terminal.Ui;
        var signalNames = KebabCase.Names<ProfileSignal>();
        var observation = new ProfileObservation
        {
            Levels = new EmpathyLevels(
                Prompts.AskLevel(ui, "Cognitive empathy (understanding what another means)?"),
                Prompts.AskLevel(ui, "Affective empathy (feeling what another feels)?"),
                Prompts.AskLevel(ui, "Empathic concern (caring and choosing to act)?")),
            BoundaryKeeping = Prompts.AskLevel(ui, "Boundary keeping?", defaultValue: 50),
            Signals = Prompts.AskMany(ui, "Any signals observed?", signalNames.Values, Names.Of, required: false),
        };
        ProfileCommand.Run(app, observation, OutputFormat.Text);
    }
}
