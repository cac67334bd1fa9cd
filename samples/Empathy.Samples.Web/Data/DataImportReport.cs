using System.Globalization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;

namespace Empathy.Samples.Web.Data;

/// <summary>
/// What an import of the owner data document did: per part, how many entries or records were new and added,
/// and how many the person already had (same id), which were left exactly as they were.
/// </summary>
/// <param name="JournalAdded">Journal entries added.</param>
/// <param name="JournalAlreadyPresent">Journal entries whose id was there already (kept, not overwritten).</param>
/// <param name="PracticeAdded">Practice records added.</param>
/// <param name="PracticeAlreadyPresent">Practice records whose kind and id were there already (kept, not overwritten).</param>
/// <param name="PracticeInDocument">The document's practice records per kind (for example <c>relationships: 2</c>).</param>
/// <param name="Message">The same in one sentence.</param>
public sealed record DataImportReport(
    int JournalAdded,
    int JournalAlreadyPresent,
    int PracticeAdded,
    int PracticeAlreadyPresent,
    IReadOnlyDictionary<string, int> PracticeInDocument,
    string Message)
{
    /// <summary>The report of <paramref name="result"/> for <paramref name="document"/>.</summary>
    public static DataImportReport From(OwnerDataExport document, OwnerDataImportResult result)
    {
        var practice = document.Practice;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [PracticeKinds.Relationships.Name] = practice.Relationships.Count,
            [PracticeKinds.EnergyTanks.Name] = practice.EnergyTanks.Count,
            [PracticeKinds.InnerCritics.Name] = practice.InnerCritics.Count,
            [PracticeKinds.BoundaryMaps.Name] = practice.BoundaryMaps.Count,
            [PracticeKinds.ExerciseResponses.Name] = practice.ExerciseResponses.Count,
            [PracticeKinds.SelfEmpathyNotes.Name] = practice.SelfEmpathyNotes.Count,
        };
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Imported {Counted.Of(result.Journal.Added, "journal entry", "journal entries")} and {Counted.Of(result.Practice.Added, "practice record", "practice records")}; "
            + $"{result.AlreadyPresent} already there (same id) {(result.AlreadyPresent == 1 ? "was" : "were")} kept as {(result.AlreadyPresent == 1 ? "it was" : "they were")}.");
        return new DataImportReport(result.Journal.Added, result.Journal.AlreadyPresent, result.Practice.Added, result.Practice.AlreadyPresent, kinds, message);
    }
}
