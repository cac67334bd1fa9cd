using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Exercises;
using Empathy.Core.Interop.Fhir;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Console.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy export|import --format all|fhir|healthkit</c>: everything an owner keeps (journal and
/// practice records) as the library's whole-owner document; the exercises and the saved exercise
/// responses as FHIR R4 Questionnaires and QuestionnaireResponses; the journal's moods in HealthKit's
/// state-of-mind terms (docs/interop.md).
/// </summary>
/// <remarks>
/// Each exported QuestionnaireResponse carries its record's id as the resource id, so importing the same
/// file twice adds nothing the second time (import is idempotent by id, as the whole-owner document's is).
/// </remarks>
internal static class InteropCommands
{
    /// <summary>The whole-owner document: journal and practice records.</summary>
    internal const string All = "all";

    /// <summary>FHIR R4.</summary>
    internal const string Fhir = "fhir";

    /// <summary>The formats.</summary>
    internal static readonly string[] Formats = [All, Fhir, "healthkit"];

    /// <summary>Builds <c>export</c>.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Export(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = FormatOption();
        var output = FilePaths.Option("--out", "Write to this file instead of standard output.");
        var force = new Option<bool>("--force") { Description = "Overwrite the --out file if it exists." };
        var canonicalBase = CanonicalBaseOption();
        var export = new Command("export", "Export: all writes everything you keep (journal and practice records, private text in the clear) as one versioned document another app can import; fhir writes every exercise as a FHIR R4 Questionnaire and every saved exercise response as a QuestionnaireResponse (one Bundle); healthkit writes the journal's moods in Apple HealthKit's state-of-mind terms (no private text).")
        {
            format, output, force, canonicalBase,
        };
        export.SetAction(async (parse, cancellation) =>
        {
            var target = parse.GetValue(output);
            if (target is not null)
            {
                FilePaths.RequireWritable(target, parse.GetValue(force));
            }

            string json;
            string summary;
            var chosen = parse.GetValue(format);
            if (chosen == All)
            {
                var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false);
                var document = await journal.Practice.Store.ExportOwnerDataAsync(journal.Store, JournalSession.Owner, app.Time.GetUtcNow(), cancellation).ConfigureAwait(false);
                json = System.Text.Encoding.UTF8.GetString(OwnerDataExportJson.SerializeToUtf8Bytes(document));
                summary = Plural(document.Journal.Entries.Count, "journal entry", "journal entries") + " and " + Plural(document.Practice.Count, "practice record");
            }
            else if (chosen == Fhir)
            {
                var mapper = new FhirExerciseMapper(MakeFhirOptions(parse.GetValue(canonicalBase)));
                var packs = Catalog(app).Packs;
                // The saved responses come along when there is a journal; without one, the questionnaires alone.
                var responses = JournalSession.Exists(app, parse.GetValue(dataDirectory))
                    ? await (await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false))
                        .Practice.ReadAllAsync(PracticeKinds.ExerciseResponses, JournalOrder.OldestFirst, cancellation).ConfigureAwait(false)
                    : [];
                (json, var written, var skipped) = FhirBundle(mapper, packs, responses);
                summary = Plural(packs.Sum(p => p.Exercises.Count), "exercise") + " as FHIR Questionnaires and " + Plural(written, "exercise response") + " as QuestionnaireResponses"
                    + (skipped > 0 ? $" ({Plural(skipped, "response")} to exercises not installed or no longer valid left out)" : "");
            }
            else
            {
                var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.MustExist, cancellation).ConfigureAwait(false);
                var entries = await journal.ReadAllAsync(cancellation).ConfigureAwait(false);
                var document = new StateOfMindMapper().Export(entries, app.Time.GetUtcNow());
                json = StateOfMindMapper.ToJson(document);
                summary = Plural(document.Samples.Count, "journal entry", "journal entries") + " as HealthKit states of mind"
                    + (document.SkippedEntryIds.Count > 0 ? $" ({Plural(document.SkippedEntryIds.Count, "entry", "entries")} without a valence left out)" : "");
            }

            await WriteAsync(app, target, json, cancellation).ConfigureAwait(false);
            await app.Terminal.Error.WriteLineAsync($"Exported {summary}{(target is null ? "" : " to " + target.FullName)}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return export;
    }

    /// <summary>Builds <c>import</c>.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Import(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = FormatOption();
        var file = FilePaths.Argument("file", "all: a whole-owner export; fhir: a QuestionnaireResponse, or a Bundle holding them; healthkit: a state-of-mind export.");
        var canonicalBase = CanonicalBaseOption();
        var import = new Command("import", "Import: all adds the journal entries and practice records of a whole-owner export that are not there yet (by id); fhir saves each QuestionnaireResponse as an exercise response (by its id, so a second import adds nothing); healthkit adds or updates journal entries from a state-of-mind export. Nothing is saved when any part is refused.")
        {
            format, file, canonicalBase,
        };
        import.SetAction(async (parse, cancellation) =>
        {
            var source = parse.GetValue(file)!;
            FilePaths.RequireReadable(source);
            // Strictly UTF-8: a file in another encoding is refused at its first bad byte, not imported with its words replaced.
            var text = await Utf8File.ReadTextAsync(source, cancellation).ConfigureAwait(false);

            // Opened (and created on first use) only once the file has been read and accepted: a refused file leaves no journal behind.
            Func<Task<JournalSession>> open = () => app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.CreateIfMissing, cancellation);
            var message = parse.GetValue(format) switch
            {
                All => await ImportOwnerDataAsync(open, source, text, cancellation).ConfigureAwait(false),
                Fhir => await ImportResponsesAsync(app, open, source, text, MakeFhirOptions(parse.GetValue(canonicalBase)), cancellation).ConfigureAwait(false),
                _ => await ImportStatesOfMindAsync(open, source, text, cancellation).ConfigureAwait(false),
            };
            app.Terminal.Ui.MarkupLine(Markup.Escape(message));
            return ExitCodes.Success;
        });
        return import;
    }

    private static async Task<string> ImportOwnerDataAsync(Func<Task<JournalSession>> open, FileInfo source, string text, CancellationToken cancellation)
    {
        OwnerDataExport document;
        try
        {
            document = OwnerDataExportJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (JournalFormatException bad)
        {
            throw CliException.BadInput($"{source.Name} is not a whole-owner export this version can read: {bad.Message}", bad);
        }

        var journal = await open().ConfigureAwait(false);
        var result = await journal.Practice.Store.ImportOwnerDataAsync(journal.Store, JournalSession.Owner, document, cancellation).ConfigureAwait(false);
        return $"Imported {Plural(result.Journal.Added, "journal entry", "journal entries")} and {Plural(result.Practice.Added, "practice record")} from {source.Name}; {result.AlreadyPresent} already there.";
    }

    private static async Task<string> ImportResponsesAsync(EmpathyApp app, Func<Task<JournalSession>> open, FileInfo source, string text, FhirOptions options, CancellationToken cancellation)
    {
        var mapper = new FhirExerciseMapper(options);
        var packs = Catalog(app).Packs;
        var records = new List<PracticeRecord<ExerciseResponse>>();
        foreach (var resource in ResponsesIn(source, text))
        {
            QuestionnaireResponseReadResult read;
            try
            {
                read = mapper.ReadQuestionnaireResponse(resource, packs);
            }
            catch (FhirFormatException bad)
            {
                throw CliException.BadInput($"{source.Name}: {bad.Message}", bad);
            }

            if (!read.IsValid)
            {
                throw CliException.BadInput($"{source.Name}: the response to '{read.Questionnaire}' is refused, nothing was saved: {string.Join(" ", read.Problems.Select(p => p.Message))}");
            }

            // The resource id names the record, so the same response imported twice is kept once.
            var id = PracticeRecordId.TryParse((string?)JsonNode.Parse(resource)?["id"], out var given) ? given : PracticeRecordId.New();
            records.Add(new PracticeRecord<ExerciseResponse>(id, read.Authored ?? app.Time.GetLocalNow(), read.Response!));
        }

        PracticeExport batch;
        try
        {
            batch = new PracticeExport { ExportedAt = app.Time.GetUtcNow(), ExerciseResponses = records };
        }
        catch (ArgumentException bad)
        {
            throw CliException.BadInput($"{source.Name}: {PlainMessage.Of(bad)} Nothing was saved.", bad);
        }

        var store = (await open().ConfigureAwait(false)).Practice.Store;
        var result = await store.ImportAsync(JournalSession.Owner, batch, cancellation).ConfigureAwait(false);
        return $"Imported {Plural(result.Added, "exercise response")} from {source.Name} ('empathy exercises history' lists them); {result.AlreadyPresent} already there.";
    }

    private static async Task<string> ImportStatesOfMindAsync(Func<Task<JournalSession>> open, FileInfo source, string text, CancellationToken cancellation)
    {
        StateOfMindExport document;
        try
        {
            document = StateOfMindMapper.FromJson(text);
        }
        catch (JsonException bad)
        {
            throw CliException.BadInput($"{source.Name} is not a state-of-mind export this version can read: {bad.Message}", bad);
        }

        var store = (await open().ConfigureAwait(false)).Store;
        var mapper = new StateOfMindMapper();
        int added = 0, updated = 0;
        foreach (var sample in document.Samples)
        {
            JournalEntry existing;
            try
            {
                existing = await store.GetAsync(JournalSession.Owner, sample.EntryId, cancellation).ConfigureAwait(false);
            }
            catch (JournalEntryNotFoundException)
            {
                await store.AddAsync(JournalSession.Owner, mapper.ToEntry(sample), cancellation).ConfigureAwait(false);
                added++;
                continue;
            }

            await store.UpdateAsync(JournalSession.Owner, mapper.Apply(existing, sample), cancellation).ConfigureAwait(false);
            updated++;
        }

        return $"Imported {Plural(document.Samples.Count, "state of mind", "states of mind")} from {source.Name}: {added} added, {updated} updated.";
    }

    // A Bundle of type collection (the one document that carries several FHIR resources): every
    // exercise's Questionnaire, then each saved response that still fits its installed exercise.
    private static (string Json, int Written, int Skipped) FhirBundle(FhirExerciseMapper mapper, IReadOnlyList<ExercisePack> packs, IReadOnlyList<PracticeRecord<ExerciseResponse>> responses)
    {
        var entries = new JsonArray();
        foreach (var pack in packs)
        {
            foreach (var exercise in pack.Exercises)
            {
                entries.Add(new JsonObject
                {
                    ["fullUrl"] = mapper.QuestionnaireUrl(exercise),
                    ["resource"] = JsonNode.Parse(mapper.ToQuestionnaireJson(pack, exercise)),
                });
            }
        }

        var written = 0;
        foreach (var record in responses)
        {
            if (packs.FirstOrDefault(p => p.Name == record.Value.PackName && p.FindExercise(record.Value.ExerciseId) is not null) is not { } pack)
            {
                continue;
            }

            JsonObject resource;
            try
            {
                resource = (JsonObject)JsonNode.Parse(mapper.ToQuestionnaireResponseJson(pack, record.Value, record.At))!;
            }
            catch (ArgumentException)
            {
                continue; // the exercise changed since the response was saved
            }

            // FHIR's logical id is the record's id, so that an import can tell a response it already has.
            resource.Insert(1, "id", record.Id.ToString());
            entries.Add(new JsonObject { ["fullUrl"] = $"urn:uuid:{record.Id}", ["resource"] = resource });
            written++;
        }

        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries };
        var json = bundle.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return (json, written, responses.Count - written);
    }

    // One QuestionnaireResponse, or each QuestionnaireResponse of a Bundle.
    private static List<string> ResponsesIn(FileInfo source, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException bad)
        {
            throw CliException.BadInput($"{source.Name} is not JSON: {JsonErrorText.Describe(bad)}.", bad);
        }

        if (root is JsonObject bundle && (string?)bundle["resourceType"] == "Bundle")
        {
            var responses = (bundle["entry"] as JsonArray ?? [])
                .Select(e => e?["resource"])
                .Where(r => r is not null && (string?)r["resourceType"] == "QuestionnaireResponse")
                .Select(r => r!.ToJsonString())
                .ToList();
            return responses.Count > 0 ? responses : throw CliException.BadInput($"{source.Name} is a Bundle without a QuestionnaireResponse.");
        }

        return [text];
    }

    private static async Task WriteAsync(EmpathyApp app, FileInfo? target, string json, CancellationToken cancellation)
    {
        if (target is null)
        {
            await app.Terminal.Out.WriteLineAsync(json).ConfigureAwait(false);
            return;
        }

        try
        {
            // Private text may be in it (answers, the journal): readable by its owner only, as journal exports are.
            await using var stream = PrivateFiles.Create(target.FullName);
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await writer.WriteAsync(json.AsMemory(), cancellation).ConfigureAwait(false);
            await writer.WriteAsync("\n").ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"Cannot write {target.FullName}: {error.Message}", error);
        }
    }

    private static Option<string> FormatOption() =>
        new Option<string>("--format") { Description = "all (everything you keep, the library's own document), fhir or healthkit.", Required = true }.AcceptOnly(Formats);

    private static Option<string?> CanonicalBaseOption() =>
        new("--canonical-base") { Description = $"fhir: the URL the questionnaires are published under (default {FhirOptions.DefaultCanonicalBase}).", HelpName = "url" };

    private static FhirOptions MakeFhirOptions(string? canonicalBase)
    {
        try
        {
            return canonicalBase is null ? new FhirOptions() : new FhirOptions { CanonicalBase = canonicalBase };
        }
        catch (ArgumentException bad)
        {
            throw CliException.BadInput(bad.Message, bad);
        }
    }

    private static IExerciseCatalog Catalog(EmpathyApp app) => app.Services.GetRequiredService<IExerciseCatalog>();

    private static string Plural(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");
}
