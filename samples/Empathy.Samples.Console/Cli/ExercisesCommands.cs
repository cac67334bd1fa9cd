using System.CommandLine;
using System.Text.Json.Nodes;
using Empathy.Core.Exercises;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy exercises list|run|history</c>: the exercises of the built-in pack, and the answers saved as exercise responses.</summary>
internal static class ExercisesCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = CommonOptions.Format();
        var list = new Command("list", "List the exercises.") { format };
        list.SetAction(parse =>
        {
            List(app, parse.GetValue(format));
            return ExitCodes.Success;
        });

        var id = new Argument<string>("id") { Description = "The exercise's id, as 'exercises list' shows it (or pack/id)." };
        var run = new Command("run", "Run an exercise step by step; the response is validated and saved as an exercise response (the archaeologist's journal also as a four-layer journal entry).") { id };
        run.SetAction((parse, cancellation) => RunAsync(app, parse.GetValue(dataDirectory), Find(app, parse.GetValue(id)!), cancellation));

        var only = new Option<string?>("--exercise") { Description = "Only the responses to this exercise (its id, or pack/id).", HelpName = "id" };
        var historyFormat = CommonOptions.Format();
        var history = new Command("history", "The exercise responses you saved, newest first (json: every answer in full, private text included).") { only, historyFormat };
        history.SetAction(async (parse, cancellation) =>
        {
            var exercise = parse.GetValue(only) is { } wanted ? Find(app, wanted) : null;
            await HistoryAsync(app, parse.GetValue(dataDirectory), exercise, parse.GetValue(historyFormat), cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return new Command("exercises", "Practise with guided exercises.") { list, run, history };
    }

    /// <summary>Writes the exercises as a table or as JSON.</summary>
    /// <param name="app">The app.</param>
    /// <param name="format">How to write.</param>
    public static void List(EmpathyApp app, OutputFormat format)
    {
        var exercises = Catalog(app).Exercises;
        if (format == OutputFormat.Json)
        {
            IReadOnlyList<ExerciseListing> listing =
            [
                .. exercises.Select(e => new ExerciseListing(
                    e.PackName,
                    e.Id,
                    e.Title.Current,
                    e.Summary.Current,
                    e.Components,
                    e.Minutes,
                    [.. e.Steps.Select(s => new ExerciseStepListing(s.Id, s.Kind, s is AnswerableStep { Required: true }))])),
            ];
            JsonOutput.WriteLine(app.Terminal.Out, listing, JsonOutput.Cli.IReadOnlyListExerciseListing);
            return;
        }

        ExerciseView.RenderList(app.Terminal.Ui, exercises);
    }

    /// <summary>Finds an exercise by id (or pack/id).</summary>
    /// <param name="app">The app.</param>
    /// <param name="id">The id as typed.</param>
    /// <exception cref="CliException">No exercise, or several in different packs, have that id (exit code 1).</exception>
    public static ExerciseDefinition Find(EmpathyApp app, string id)
    {
        var catalog = Catalog(app);
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        var matches = slash > 0
            ? catalog.Find(id[..slash], id[(slash + 1)..]) is { } found ? [found] : []
            : catalog.Exercises.Where(e => e.Id == id).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw CliException.BadInput($"There is no exercise '{id}'. See 'empathy exercises list'."),
            _ => throw CliException.BadInput($"Several packs have an exercise '{id}': give it as pack/id ({string.Join(", ", matches.Select(m => m.ToString()))})."),
        };
    }

    /// <summary>Runs <paramref name="exercise"/>, validates the response and saves it as an exercise response (the archaeologist's journal also as a journal entry).</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value, if given.</param>
    /// <param name="exercise">The exercise.</param>
    /// <param name="cancellation">Stops the exercise.</param>
    /// <exception cref="CliException">No terminal to answer in, or the response is not valid (exit code 1).</exception>
    public static async Task<int> RunAsync(EmpathyApp app, string? dataDirectory, ExerciseDefinition exercise, CancellationToken cancellation)
    {
        if (!app.Terminal.CanPrompt)
        {
            throw CliException.BadInput("'exercises run' asks a question per step and needs a terminal.");
        }

        // Open the journal first, so that a passphrase problem never costs the answers.
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
        var response = await ExerciseRunner.RunAsync(app.Terminal.Ui, exercise, app.Time, cancellation).ConfigureAwait(false);
        if (response.Validate(exercise) is { Count: > 0 } problems)
        {
            throw CliException.BadInput("The response is not valid: " + string.Join(" ", problems.Select(p => p.Message)));
        }

        var now = app.Time.GetLocalNow();
        var saved = await journal.Practice.Store.SaveExerciseResponseAsync(JournalSession.Owner, exercise, response, now, cancellation).ConfigureAwait(false);
        app.Terminal.Ui.WriteLine();
        app.Terminal.Ui.MarkupLine($"[green]Saved as exercise response {saved.Id} ('empathy exercises history' lists it).[/]");
        if (ExerciseJournal.ToEntry(exercise, response, now) is { } entry)
        {
            var id = await journal.SaveAsync(entry, cancellation).ConfigureAwait(false);
            app.Terminal.Ui.MarkupLine($"[green]Saved in your journal as entry {id}.[/]");
        }

        return ExitCodes.Success;
    }

    /// <summary>Lists the saved exercise responses, newest first.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="exercise">Only the responses to this exercise, or all.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task HistoryAsync(EmpathyApp app, string? dataDirectory, ExerciseDefinition? exercise, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var records = (await journal.Practice.ReadAllAsync(PracticeKinds.ExerciseResponses, JournalOrder.NewestFirst, cancellation).ConfigureAwait(false))
            .Where(r => exercise is null || (r.Value.PackName == exercise.PackName && r.Value.ExerciseId == exercise.Id))
            .ToList();
        var catalog = Catalog(app);
        string Title(ExerciseResponse response) =>
            catalog.Find(response.PackName, response.ExerciseId)?.Title.Current ?? $"{response.PackName}/{response.ExerciseId}";
        if (format == OutputFormat.Json)
        {
            // [{"id", "at", "title", "packName", "exerciseId", "answers": {...}}]
            JsonOutput.WriteLine(app.Terminal.Out, new JsonArray([.. records.Select(r =>
            {
                var json = (JsonObject)JsonOutput.Node(r.Value, JsonOutput.Revealing.ExerciseResponse);
                json.Insert(0, "id", r.Id.ToString());
                json.Insert(1, "at", JsonValue.Create(r.At));
                json.Insert(2, "title", Title(r.Value));
                return (JsonNode)json;
            })]));
            return;
        }

        ExerciseHistoryView.Render(app.Terminal.Ui, [.. records.Select(r => new ExerciseHistoryView.Row(r.Id.ToString(), r.At, Title(r.Value), r.Value))]);
    }

    private static IExerciseCatalog Catalog(EmpathyApp app) => app.Services.GetRequiredService<IExerciseCatalog>();
}
