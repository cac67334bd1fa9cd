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
using Empathy.Samples.Console.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// <c>empathy export|import --format fhir|healthkit</c>: the exercises and answers as FHIR R4, the
/// journal's moods in HealthKit's state-of-mind terms (docs/interop.md).
/// </summary>
/// <remarks>
/// Exercise responses are kept as journal entries tagged <c>exercise</c> (see <see cref="ExerciseJournal"/>),
/// not as responses, so a FHIR export holds the exercises' Questionnaires only; a FHIR import reads
/// QuestionnaireResponses and saves each one the way a completed exercise is saved.
/// </remarks>
internal static class InteropCommands
{
    /// <summary>The two formats.</summary>
    internal static readonly string[] Formats = ["fhir", "healthkit"];

    /// <summary>Builds <c>export</c>.</summary>
    /// <param name="app">The app.</param>
    /// <param name="dataDirectory">The global <c>--data-dir</c> option.</param>
    public static Command Export(EmpathyApp app, Option<string?> dataDirectory)
    {
        var format = FormatOption();
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Overwrite the --out file if it exists." };
        var canonicalBase = CanonicalBaseOption();
        var export = new Command("export", "Export for health platforms: fhir writes every exercise as a FHIR R4 Questionnaire (one Bundle); healthkit writes the journal's moods in Apple HealthKit's state-of-mind terms (no private text).")
        {
            format, output, force, canonicalBase,
        };
        export.SetAction(async (parse, cancellation) =>
        {
            var target = parse.GetValue(output);
            if (target is { Exists: true } && !parse.GetValue(force))
            {
                throw CliException.BadInput($"{target.FullName} already exists; choose another file or add --force.");
            }

            string json;
            string summary;
            if (parse.GetValue(format) == "fhir")
            {
                var mapper = new FhirExerciseMapper(MakeFhirOptions(parse.GetValue(canonicalBase)));
                var packs = Catalog(app).Packs;
                json = QuestionnaireBundle(mapper, packs);
                summary = Plural(packs.Sum(p => p.Exercises.Count), "exercise") + " as FHIR Questionnaires";
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
        var file = new Argument<FileInfo>("file") { Description = "fhir: a QuestionnaireResponse, or a Bundle of them; healthkit: a state-of-mind export." };
        var canonicalBase = CanonicalBaseOption();
        var import = new Command("import", "Import from health platforms: fhir saves each QuestionnaireResponse as a completed exercise; healthkit adds or updates journal entries from a state-of-mind export. Nothing is saved when any part is refused.")
        {
            format, file, canonicalBase,
        };
        import.SetAction(async (parse, cancellation) =>
        {
            var source = parse.GetValue(file)!;
            string text;
            try
            {
                text = await File.ReadAllTextAsync(source.FullName, cancellation).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw CliException.BadInput($"Cannot read {source.FullName}: {error.Message}", error);
            }

            var journal = await app.OpenJournalAsync(parse.GetValue(dataDirectory), JournalOpening.CreateIfMissing, cancellation).ConfigureAwait(false);
            var message = parse.GetValue(format) == "fhir"
                ? await ImportResponsesAsync(app, journal.Store, source, text, MakeFhirOptions(parse.GetValue(canonicalBase)), cancellation).ConfigureAwait(false)
                : await ImportStatesOfMindAsync(journal.Store, source, text, cancellation).ConfigureAwait(false);
            app.Terminal.Ui.MarkupLine(Markup.Escape(message));
            return ExitCodes.Success;
        });
        return import;
    }

    private static async Task<string> ImportResponsesAsync(EmpathyApp app, IJournalStore store, FileInfo source, string text, FhirOptions options, CancellationToken cancellation)
    {
        var mapper = new FhirExerciseMapper(options);
        var packs = Catalog(app).Packs;
        var entries = new List<JournalEntry>();
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

            entries.Add(ExerciseJournal.ToEntry(read.Exercise!, read.Response!, read.Authored ?? app.Time.GetLocalNow()));
        }

        await store.AddRangeAsync(JournalSession.Owner, entries, cancellation).ConfigureAwait(false);
        return $"Imported {Plural(entries.Count, "exercise response")} from {source.Name} as journal entries tagged '{ExerciseJournal.ExerciseTag}'.";
    }

    private static async Task<string> ImportStatesOfMindAsync(IJournalStore store, FileInfo source, string text, CancellationToken cancellation)
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

    // A Bundle of type collection: the one document that carries several FHIR resources.
    private static string QuestionnaireBundle(FhirExerciseMapper mapper, IReadOnlyList<ExercisePack> packs)
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

        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries };
        return bundle.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
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
            throw CliException.BadInput($"{source.Name} is not JSON: {bad.Message}", bad);
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
            await File.WriteAllTextAsync(target.FullName, json + "\n", cancellation).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"Cannot write {target.FullName}: {error.Message}", error);
        }
    }

    private static Option<string> FormatOption() =>
        new Option<string>("--format") { Description = "fhir or healthkit.", Required = true }.AcceptOnlyFromAmong(Formats);

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
