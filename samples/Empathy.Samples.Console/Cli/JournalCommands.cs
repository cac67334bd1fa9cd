using System.CommandLine;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy journal ...</c>: the private, encrypted journal.</summary>
internal static class JournalCommands
{
    /// <summary>Builds the command group.</summary>
    /// <param name="app">The app the commands run in.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Build(EmpathyApp app, Option<string?> dataDirectory)
    {
        _ = app;
        _ = dataDirectory;
        const string Store = "the encrypted journal store";
        var happened = new Option<string>("--happened") { Description = "What happened, as a camera would have recorded it.", HelpName = "text", Required = true };
        var thoughts = new Option<string[]>("--thoughts") { Description = "An automatic thought, verbatim; repeat for several.", HelpName = "text" };
        var body = new Option<string[]>("--body") { Description = "What the body felt; repeat for several.", HelpName = "text" };
        var did = new Option<string?>("--did") { Description = "What I did to cope.", HelpName = "text" };
        var add = new Command("add", "Write a journal entry in the four layers; prints the new entry's id.")
        {
            happened, thoughts, body, did, CommonOptions.Format(),
        }.WaitsOn(Store);

        var list = new Command("list", "List the journal's entries, newest first.") { CommonOptions.Format() }.WaitsOn(Store);
        var show = new Command("show", "Show one entry.") { EntryId() }.WaitsOn(Store);
        var delete = new Command("delete", "Delete one entry for good.") { EntryId() }.WaitsOn(Store);
        var export = new Command("export", "Export every entry to a JSON file (it holds your private text in the clear: keep it safe).") { FileArgument("Where to write the export.") }.WaitsOn(Store);
        var import = new Command("import", "Import entries from an export file; entries already present are kept (by id).") { FileArgument("The export file to read.") }.WaitsOn(Store);
        var insights = new Command("insights", "Recurring themes in your automatic thoughts, week by week.") { CommonOptions.Format() }.WaitsOn("the insights analysers and the journal store");

        return new Command("journal", "Your private journal, encrypted at rest.") { add, list, show, delete, export, import, insights };
    }

    private static Argument<string> EntryId() => new("id") { Description = "The entry's id, as `journal list` shows it." };

    private static Argument<FileInfo> FileArgument(string description) => new("file") { Description = description };
}
