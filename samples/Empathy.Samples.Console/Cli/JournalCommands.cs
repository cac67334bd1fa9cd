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

    private static Command Add(EmpathyApp app, Option<string?> dataDirectory)
    {
        var happened = new Option<string>("--happened") { Description = "What happened, as a camera would have recorded it.", HelpName = "text", Required = true };
        var thoughts = new Option<string[]>("--thoughts") { Description = "An automatic thought, verbatim; repeat for several.", HelpName = "text" };
        var body = new Option<string[]>("--body") { Description = "What the body felt; repeat for several.", HelpName = "text" };
        var did = new Option<string?>("--did") { Description = "What I did to cope.", HelpName = "text" };
        var format = CommonOptions.Format();
        var add = new Command("add", "Write a journal entry in the four layers; prints the new entry's id.")
        {
            happened, thoughts, body, did, format,
        };
        add.SetAction(async (parse, cancellation) =>
        {
            var entry = JournalEntryForm.Create(
                parse.GetValue(happened),
                parse.GetValue(thoughts) ?? [],
                parse.GetValue(body) ?? [],
                parse.GetValue(did),
                app.Time.GetLocalNow());
            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
            var id = await journal.SaveAsync(entry, cancellation).ConfigureAwait(false);
            WriteCreated(app, id, parse.GetValue(format));
            return ExitCodes.Success;
        });
        return add;
    }

    /// <summary>Groups every entry's automatic thoughts into recurring themes and writes the report.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The <c>--data-dir</c> value.</param>
    /// <param name="format">How to write.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public static async Task ShowInsightsAsync(EmpathyApp app, string? dataDirectory, OutputFormat format, CancellationToken cancellation)
    {
        var journal = await app.OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false);
        var entries = await journal.ReadAllAsync(cancellation).ConfigureAwait(false);
        var report = app.Services.GetRequiredService<ICoreThoughtGrouper>().Group(entries, critics: null, cancellation);
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
        var insights = new Command("insights", "Recurring themes in your automatic thoughts (not good enough, will be abandoned, ...), with a bar chart over weeks.") { format };
        insights.SetAction(async (parse, cancellation) =>
        {
            await ShowInsightsAsync(app, parse.GetValue(dataDirectory), parse.GetValue(format), cancellation).ConfigureAwait(false);
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

            result.AddError($"'{text}' is not a journal entry id (a GUID, as 'journal list' shows).");
            return default;
        };
        return argument;
    }
}
