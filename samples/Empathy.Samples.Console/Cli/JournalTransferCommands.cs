using System.CommandLine;
using System.Globalization;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Samples.Console.Hosting;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary><c>empathy journal export|import &lt;file&gt;</c>: the whole journal as a versioned JSON document.</summary>
internal static class JournalTransferCommands
{
    /// <summary>Files at least this large are imported with a progress bar (in a terminal).</summary>
    internal const long LargeFileBytes = 256 * 1024;

    /// <summary>How many entries are imported per store call; each call is one transaction, and importing is idempotent by id.</summary>
    internal const int ImportBatchSize = 500;

    /// <summary>Builds <c>journal export</c>.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Export(EmpathyApp app, Option<string?> dataDirectory)
    {
        var file = FilePaths.Argument("file", "Where to write the export (a new file).");
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var export = new Command("export", "Export every entry to a JSON file. It holds your private text in the clear: keep it safe.") { file, force };
        export.SetAction(async (parse, cancellation) =>
        {
            var target = parse.GetValue(file)!;
            FilePaths.RequireWritable(target, parse.GetValue(force));

            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false);
            var document = await journal.Store.ExportAsync(JournalSession.Owner, cancellation).ConfigureAwait(false);
            try
            {
                await using var stream = PrivateFiles.Create(target.FullName);
                await JournalExportJson.SerializeAsync(stream, document, cancellation).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw CliException.BadInput($"Cannot write {target.FullName}: {error.Message}", error);
            }

            app.Terminal.Ui.MarkupLine($"Exported {Count(document.Entries.Count)} to {Markup.Escape(target.FullName)}.");
            app.Terminal.Ui.MarkupLine("[yellow]The file holds your private text in the clear: keep it somewhere only you can open.[/]");
            return ExitCodes.Success;
        });
        return export;
    }

    /// <summary>Builds <c>journal import</c>.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Import(EmpathyApp app, Option<string?> dataDirectory)
    {
        var file = FilePaths.Argument("file", "The export file to read.");
        var import = new Command("import", "Import entries from an export file; entries already in the journal are kept (by id). Large files show a progress bar.") { file };
        import.SetAction(async (parse, cancellation) =>
        {
            var source = parse.GetValue(file)!;
            FilePaths.RequireReadable(source);

            // The file is read before the journal is opened, so a file that cannot be imported leaves no new journal behind.
            var ui = app.Terminal.Ui;
            var showProgress = source.Length >= LargeFileBytes && ui.Profile.Capabilities.Ansi;
            var document = showProgress
                ? await Bars(ui).StartAsync(context => ReadAsync(source, context, cancellation)).ConfigureAwait(false)
                : await ReadAsync(source, progress: null, cancellation).ConfigureAwait(false);

            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
            var (added, present) = showProgress
                ? await Bars(ui).StartAsync(context => WriteAsync(journal.Store, document, context, cancellation)).ConfigureAwait(false)
                : await WriteAsync(journal.Store, document, progress: null, cancellation).ConfigureAwait(false);
            ui.MarkupLine($"Imported {Count(added)} from {Markup.Escape(source.Name)}; {Count(present)} {(present == 1 ? "was" : "were")} already in the journal.");
            return ExitCodes.Success;
        });
        return import;
    }

    private static Progress Bars(IAnsiConsole ui) =>
        ui.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn());

    private static async Task<JournalExport> ReadAsync(FileInfo source, ProgressContext? progress, CancellationToken cancellation)
    {
        var reading = progress?.AddTask("Reading", maxValue: source.Length);
        // Strictly UTF-8, as every file a person gives: another encoding is refused at its first bad byte.
        var bytes = await Utf8File.ReadBytesAsync(source, read => reading?.Value(read), cancellation).ConfigureAwait(false);
        JournalExport document;
        try
        {
            document = JournalExportJson.Deserialize(bytes.Span);
        }
        catch (JournalFormatException bad)
        {
            throw CliException.BadInput($"{source.FullName} is not a journal export this version can read: {bad.Message}", bad);
        }

        reading?.Value(source.Length);
        return document;
    }

    private static async Task<(int Added, int AlreadyPresent)> WriteAsync(IJournalStore store, JournalExport document, ProgressContext? progress, CancellationToken cancellation)
    {
        var importing = progress?.AddTask("Importing", maxValue: Math.Max(1, document.Entries.Count));
        int added = 0, present = 0;
        foreach (var batch in document.Entries.Chunk(ImportBatchSize))
        {
            var result = await store.ImportAsync(JournalSession.Owner, new JournalExport { ExportedAt = document.ExportedAt, Entries = batch }, cancellation).ConfigureAwait(false);
            added += result.Added;
            present += result.AlreadyPresent;
            importing?.Increment(batch.Length);
        }

        importing?.Value(importing.MaxValue);
        return (added, present);
    }

    private static string Count(int entries) =>
        string.Create(CultureInfo.InvariantCulture, $"{entries} entr{(entries == 1 ? "y" : "ies")}");
}
