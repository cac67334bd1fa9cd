using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Exercises;
using Empathy.Core.Interop.Fhir;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Practice;

namespace Empathy.Samples.Web.Data;

/// <summary>
/// The data page's work, shared by the page and <c>/api/data</c>: the signed-in person's exports (the
/// library's owner data document, FHIR, HealthKit terms; the same library calls the console's
/// <c>empathy export --format all|fhir|healthkit</c> makes) and the import of an owner data document.
/// </summary>
/// <remarks>
/// Import matches the console's <c>empathy import --format all</c>: entries and records are added by id,
/// and an id the person already has is left exactly as it is (counted as already there, never
/// overwritten), so importing the same file twice adds nothing the second time. A document that does not
/// read, or holds one invalid entry or record, is refused whole before anything is written.
/// </remarks>
public sealed partial class OwnerDataTransfer(
    IJournalStore journal,
    IPracticeStore practice,
    IExerciseCatalog catalog,
    IFhirExerciseMapper fhir,
    IStateOfMindMapper stateOfMind,
    TimeProvider time,
    ILogger<OwnerDataTransfer> logger)
{
    /// <summary>The media type of the FHIR Bundle.</summary>
    public const string FhirJson = "application/fhir+json";

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The export of <paramref name="owner"/>'s data in <paramref name="format"/>, as a file to download.</summary>
    /// <exception cref="JournalStoreException">An entry or record failed its integrity check (the export is stopped rather than silently incomplete).</exception>
    public async Task<DataDownload> ExportAsync(JournalOwnerId owner, DataFormat format, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var day = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var download = format switch
        {
            DataFormat.All => await ExportAllAsync(owner, now, $"empathy-data-{day}.json", cancellationToken),
            DataFormat.Fhir => await ExportFhirAsync(owner, $"empathy-fhir-{day}.json", cancellationToken),
            _ => await ExportHealthKitAsync(owner, now, $"empathy-healthkit-{day}.json", cancellationToken),
        };
        LogExported(logger, owner.Value, format, download.Content.Length);
        return download;
    }

    /// <summary>
    /// Reads <paramref name="utf8Json"/> as an owner data document and imports it for <paramref name="owner"/>.
    /// </summary>
    /// <returns>What was imported, or (with nothing written) what is wrong with the document: where, and what.</returns>
    public async Task<(DataImportReport? Report, string? Problem)> ImportAsync(JournalOwnerId owner, ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        OwnerDataExport document;
        try
        {
            document = OwnerDataExportJson.Deserialize(utf8Json.Span);
        }
        catch (JournalFormatException bad)
        {
            LogImportRefused(logger, owner.Value);
            return (null, $"This is not an Empathy data export this site can read, so nothing was imported: {bad.Message}");
        }

        OwnerDataImportResult result;
        try
        {
            result = await practice.ImportOwnerDataAsync(journal, owner, document, cancellationToken);
        }
        catch (ArgumentException refused)
        {
            // A practice record the store refuses (its kind's rules, its size): checked before anything is written.
            LogImportRefused(logger, owner.Value);
            return (null, $"A practice record in the file is refused, so nothing was imported: {refused.Message}");
        }

        LogImported(logger, owner.Value, result.Added, result.AlreadyPresent);
        return (DataImportReport.From(document, result), null);
    }

    private async Task<DataDownload> ExportAllAsync(JournalOwnerId owner, DateTimeOffset now, string fileName, CancellationToken cancellationToken)
    {
        var document = await practice.ExportOwnerDataAsync(journal, owner, now, cancellationToken);
        return new DataDownload(fileName, "application/json", OwnerDataExportJson.SerializeToUtf8Bytes(document),
            $"{Counted.Of(document.Journal.Entries.Count, "journal entry", "journal entries")} and {Counted.Of(document.Practice.Count, "practice record", "practice records")}");
    }

    // A Bundle of type collection: every installed exercise's Questionnaire, then each saved response that
    // still fits its exercise, with its record id as the resource id (so an import can tell one it has).
    private async Task<DataDownload> ExportFhirAsync(JournalOwnerId owner, string fileName, CancellationToken cancellationToken)
    {
        var packs = catalog.Packs;
        var entries = new JsonArray();
        foreach (var pack in packs)
        {
            foreach (var exercise in pack.Exercises)
            {
                entries.Add(new JsonObject { ["fullUrl"] = fhir.QuestionnaireUrl(exercise), ["resource"] = JsonNode.Parse(fhir.ToQuestionnaireJson(pack, exercise)) });
            }
        }

        var responses = await PracticeRecords.AllAsync(practice, owner, PracticeKinds.ExerciseResponses, cancellationToken);
        var written = 0;
        foreach (var record in responses)
        {
            if (packs.FirstOrDefault(p => p.Name == record.Value.PackName && p.FindExercise(record.Value.ExerciseId) is not null) is { } pack
                && TryResponseResource(pack, record) is { } resource)
            {
                entries.Add(new JsonObject { ["fullUrl"] = $"urn:uuid:{record.Id}", ["resource"] = resource });
                written++;
            }
        }

        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries };
        var skipped = responses.Count - written;
        return new DataDownload(fileName, FhirJson, Encoding.UTF8.GetBytes(bundle.ToJsonString(IndentedJson)),
            $"{Counted.Of(packs.Sum(p => p.Exercises.Count), "exercise", "exercises")} as Questionnaires and {Counted.Of(written, "exercise response", "exercise responses")} as QuestionnaireResponses"
            + (skipped > 0 ? $" ({Counted.Of(skipped, "response", "responses")} to exercises not installed or changed since left out)" : ""));
    }

    private JsonObject? TryResponseResource(ExercisePack pack, PracticeRecord<ExerciseResponse> record)
    {
        try
        {
            var resource = (JsonObject)JsonNode.Parse(fhir.ToQuestionnaireResponseJson(pack, record.Value, record.At))!;
            resource.Insert(1, "id", record.Id.ToString());
            return resource;
        }
        catch (ArgumentException)
        {
            return null; // the exercise changed since the response was saved
        }
    }

    private async Task<DataDownload> ExportHealthKitAsync(JournalOwnerId owner, DateTimeOffset now, string fileName, CancellationToken cancellationToken)
    {
        var entries = (await journal.ExportAsync(owner, cancellationToken)).Entries;
        var document = stateOfMind.Export(entries, now);
        return new DataDownload(fileName, "application/json", Encoding.UTF8.GetBytes(StateOfMindMapper.ToJson(document)),
            $"{Counted.Of(document.Samples.Count, "journal entry", "journal entries")} as HealthKit states of mind"
            + (document.SkippedEntryIds.Count > 0 ? $" ({Counted.Of(document.SkippedEntryIds.Count, "entry", "entries")} without a valence left out)" : ""));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Owner {Owner} exported their data as {Format} ({Bytes} bytes).")]
    private static partial void LogExported(ILogger logger, string owner, DataFormat format, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Owner {Owner} imported a data export: {Added} added, {AlreadyPresent} already there.")]
    private static partial void LogImported(ILogger logger, string owner, int added, int alreadyPresent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Owner {Owner}'s data import was refused; nothing was written.")]
    private static partial void LogImportRefused(ILogger logger, string owner);
}
