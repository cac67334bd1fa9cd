using System.CommandLine;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Json;
using Empathy.Samples.Console.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy journal ...</c>: the private, encrypted journal.</summary>
internal static class JournalCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory)
    {
        return new Command("journal", "Your private journal, encrypted at rest.")
        {
            Add(app, dataDirectory),
            List(app, dataDirectory),
            Show(app, dataDirectory),
            Delete(app, dataDirectory),
            JournalTransferCommands.Export(app, dataDirectory),
            JournalTransferCommands.Import(app, dataDirectory),
            Insights(app, dataDirectory),
        };
    }

    /// <summary>The value that makes a text option read standard input instead.</summary>
    internal const string FromStandardInput = "-";

    /// <summary>The warning every command that takes private text gives in its help.</summary>
    internal const string ArgumentsAreVisible =
        "Arguments are visible to other users of this computer while the command runs (ps, /proc): give private text as '-' to read it from standard input, with --stdin-json, or leave it out to be asked.";

    private static Command Add(EmpathyApp app, Option<string?> dataDirectory)
    {
        var happened = new Option<string?>("--happened") { Description = "What happened, as a camera would have recorded it; '-' reads it from standard input.", HelpName = "text|-" };
        var thoughts = new Option<string[]>("--thoughts") { Description = "An automatic thought, verbatim; repeat for several; '-' reads them from standard input, one per line.", HelpName = "text|-" };
        var body = new Option<string[]>("--body") { Description = "What the body felt; repeat for several; '-' reads them from standard input, one per line.", HelpName = "text|-" };
        var did = new Option<string?>("--did") { Description = "What I did to cope; '-' reads it from standard input.", HelpName = "text|-" };
        var stdinJson = new Option<bool>("--stdin-json") { Description = "Read the whole entry from standard input as JSON: {\"happened\": \"...\", \"thoughts\": [...], \"body\": [...], \"did\": \"...\"}." };
        var format = CommonOptions.Format();
        var add = new Command("add", "Write a journal entry in the four layers; prints the new entry's id. " + ArgumentsAreVisible)
        {
            happened, thoughts, body, did, stdinJson, format,
        };
        add.SetAction(async (parse, cancellation) =>
        {
            var layers = parse.GetValue(stdinJson)
                ? await FromJsonAsync(app, parse, [happened, thoughts, body, did], cancellation).ConfigureAwait(false)
                : await FromOptionsAsync(app, parse.GetValue(happened), parse.GetValue(thoughts) ?? [], parse.GetValue(body) ?? [], parse.GetValue(did), cancellation).ConfigureAwait(false);
            var entry = JournalEntryForm.Create(layers.Happened, layers.Thoughts ?? [], layers.Body ?? [], layers.Did, app.Time.GetLocalNow());
            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
            var id = await journal.SaveAsync(entry, cancellation).ConfigureAwait(false);
            WriteCreated(app, id, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return add;
    }

    private static async Task<JournalEntryInput> FromJsonAsync(EmpathyApp app, ParseResult parse, Option[] layerOptions, CancellationToken cancellation)
    {
        if (layerOptions.FirstOrDefault(option => parse.GetResult(option) is { Implicit: false }) is { } given)
        {
            throw CliException.BadInput($"--stdin-json reads the whole entry; leave out {given.Name}.");
        }

        var json = await StandardInputText.ReadAsync(app.Terminal.In, TextLimits.MaxTextBytes * 4, "The entry", cancellation).ConfigureAwait(false);
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(json, JsonOutput.Cli.JournalEntryInput)
                ?? throw CliException.BadInput("--stdin-json needs a JSON object on standard input, not null.");
        }
        catch (System.Text.Json.JsonException bad)
        {
            throw CliException.BadInput($"The entry on standard input is not the JSON --stdin-json reads ({{\"happened\": \"...\", \"thoughts\": [...], \"body\": [...], \"did\": \"...\"}}): {JsonErrorText.Describe(bad)}.", bad);
        }
    }

    private static async Task<JournalEntryInput> FromOptionsAsync(EmpathyApp app, string? happened, string[] thoughts, string[] body, string? did, CancellationToken cancellation)
    {
        var fromStdin = new[] { happened, did }.Concat(thoughts).Concat(body).Count(value => value == FromStandardInput);
        if (fromStdin > 1)
        {
            throw CliException.BadInput("Only one layer can be read from standard input ('-'); use --stdin-json to give the whole entry there.");
        }

        async Task<string> ReadAsync(string what) =>
            (await StandardInputText.ReadAsync(app.Terminal.In, TextLimits.MaxTextBytes, what, cancellation).ConfigureAwait(false)).Trim();

        async Task<string[]> ItemsAsync(string[] values, string option, string what) =>
            values is [FromStandardInput]
                ? (await StandardInputText.ReadGivenAsync(app.Terminal.In, TextLimits.MaxTextBytes, option, what, cancellation).ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : values.Contains(FromStandardInput) ? throw CliException.BadInput($"Give {what} either as '-' alone or as text, not both.") : values;

        if (happened is null)
        {
            if (!app.Terminal.CanPrompt)
            {
                throw CliException.BadInput("Give what happened: --happened - reads it from standard input (or --stdin-json for the whole entry).");
            }

            happened = Prompts.AskText(app.Terminal.Ui, "What happened? [grey](as a camera would have recorded it)[/]", required: true);
        }
        else if (happened == FromStandardInput)
        {
            happened = await ReadAsync("What happened").ConfigureAwait(false);
        }

        if (did == FromStandardInput)
        {
            did = await StandardInputText.ReadGivenAsync(app.Terminal.In, TextLimits.MaxTextBytes, "--did", "What I did", cancellation).ConfigureAwait(false);
        }

        return new JournalEntryInput(
            happened,
            await ItemsAsync(thoughts, "--thoughts", "the automatic thoughts").ConfigureAwait(false),
            await ItemsAsync(body, "--body", "the body sensations").ConfigureAwait(false),
            did);
    }

    /// <summary>Groups every entry's automatic thoughts into recurring themes, attributes them to the stored inner critics, and writes the report.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="format">How to write.</param>
    /// <param name="language">The thoughts' language, one of <see cref="Empathy.Core.Insights.InsightOptions.BuiltInLanguages"/>.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task ShowInsightsAsync(EmpathyApp app, string? dataDirectory, OutputFormat format, string language, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var entries = await journal.ReadAllAsync(cancellation).ConfigureAwait(false);
        // The thoughts are attributed to the critics the writer named ('empathy critic name').
        var critics = journal.HasPractice ? await CriticCommands.ReadAllAsync(journal, cancellation).ConfigureAwait(false) : [];
        var report = app.Services.GetRequiredKeyedService<ICoreThoughtGrouper>(language).Group(entries, critics.Select(c => c.Value), cancellation);
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, report, JsonOutput.Library.CoreThoughtReport);
        }
        else
        {
            InsightsView.Render(app.Terminal.Ui, report);
        }
    }

    private static Command Insights(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = CommonOptions.Format();
        var language = CommonOptions.Language(app.Environment);
        var insights = new Command("insights", "Recurring themes in your automatic thoughts (not good enough, will be abandoned, ...), with a bar chart over weeks, and the thoughts your named inner critics said.") { format, language };
        insights.SetAction(async (parse, cancellation) =>
        {
            await ShowInsightsAsync(app, parse.GetValue(dataDirectory), parse.GetValue(format), parse.GetValue(language)!, cancellation).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return insights;
    }

    private static Command List(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = CommonOptions.Format();
        var list = new Command("list", "List the journal's entries, newest first (json: every entry in full, private text included).") { format };
        list.SetAction(async (parse, cancellation) =>
        {
            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false);
            var entries = await journal.ReadAllAsync(cancellation).ConfigureAwait(false);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.WriteLine(app.Terminal.Out, entries, JsonOutput.Revealing.IReadOnlyListJournalEntry);
            }
            else
            {
                JournalView.RenderList(app.Terminal.Ui, entries);
            }

            return ExitCodes.Success;
        });
        return list;
    }

    private static Command Show(EmpathyApp app, Option<string?> dataDirectory)
    {
        var id = EntryId();
        var format = CommonOptions.Format();
        var show = new Command("show", "Show one entry in full.") { id, format };
        show.SetAction(async (parse, cancellation) =>
        {
            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false);
            var entry = await journal.Store.GetAsync(JournalSession.Owner, parse.GetValue(id), cancellation).ConfigureAwait(false);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.WriteLine(app.Terminal.Out, entry, JsonOutput.Revealing.JournalEntry);
            }
            else
            {
                JournalView.RenderEntry(app.Terminal.Ui, entry);
            }

            return ExitCodes.Success;
        });
        return show;
    }

    private static Command Delete(EmpathyApp app, Option<string?> dataDirectory)
    {
        var id = EntryId();
        var yes = new Option<bool>("--yes") { Description = "Do not ask for confirmation in a terminal." };
        var delete = new Command("delete", "Delete one entry for good (its text is overwritten on disk).") { id, yes };
        delete.SetAction(async (parse, cancellation) =>
        {
            var entryId = parse.GetValue(id);
            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false);
            if (app.Terminal.CanPrompt && !parse.GetValue(yes) && !app.Terminal.Ui.Confirm($"Delete entry {entryId} for good?", defaultValue: false))
            {
                app.Terminal.Ui.MarkupLine("[grey]Kept.[/]");
                return ExitCodes.Success;
            }

            await journal.Store.DeleteAsync(JournalSession.Owner, entryId, cancellation).ConfigureAwait(false);
            app.Terminal.Ui.MarkupLine($"Deleted entry {entryId}.");
            return ExitCodes.Success;
        });
        return delete;
    }

    /// <summary>Writes the id of a new entry: alone on a line, or as <c>{"id": ...}</c>.</summary>
    /// <param name="app">The app.</param>
    /// <param name="id">The new entry's id.</param>
    /// <param name="format">How to write it.</param>
    public static void WriteCreated(EmpathyApp app, JournalEntryId id, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.WriteLine(app.Terminal.Out, new CreatedEntry(id.ToString()), JsonOutput.Cli.CreatedEntry);
        }
        else
        {
            app.Terminal.Out.WriteLine(id.ToString());
            app.Terminal.Out.Flush();
        }
    }

    private static Argument<JournalEntryId> EntryId()
    {
        var argument = new Argument<JournalEntryId>("id") { Description = "The entry's id, as 'journal list' shows it." };
        argument.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (JournalEntryId.TryParse(text, out var id))
            {
                return id;
            }

            // The all-zero GUID is a GUID but never an id, so "a GUID" alone would not say what is wrong with it.
            result.AddError(Guid.TryParse(text, out var guid) && guid == Guid.Empty
                ? $"'{text}' is the empty GUID, which is never a journal entry id; give one that 'journal list' shows."
                : $"'{text}' is not a journal entry id (a GUID, as 'journal list' shows).");
            return default;
        };
        return argument;
    }
}
