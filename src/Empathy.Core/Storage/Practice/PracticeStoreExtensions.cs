using Empathy.Core.Exercises;

namespace Empathy.Core.Storage.Practice;

/// <summary>Typed helpers over <see cref="IPracticeStore"/>: validated exercise responses, and the whole owner's data in one document.</summary>
public static class PracticeStoreExtensions
{
    /// <summary>
    /// Stores <paramref name="response"/> as a new <see cref="PracticeKinds.ExerciseResponses"/> record after
    /// validating it against <paramref name="exercise"/> (<see cref="ExerciseResponse.Validate"/>).
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="owner">Whose records.</param>
    /// <param name="exercise">The exercise answered.</param>
    /// <param name="response">The answers.</param>
    /// <param name="at">When the exercise was done.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored record, with its new id.</returns>
    /// <exception cref="ArgumentException">The response does not fit the exercise (the message names every step and problem); nothing is written.</exception>
    public static async Task<PracticeRecord<ExerciseResponse>> SaveExerciseResponseAsync(
        this IPracticeStore store,
        JournalOwnerId owner,
        ExerciseDefinition exercise,
        ExerciseResponse response,
        DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(response);
        var problems = response.Validate(exercise);
        if (problems.Count > 0)
        {
            var steps = string.Join(", ", problems.Select(p => p.StepId).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Select(s => $"'{s}'"));
            throw new ArgumentException(
                $"The response does not fit exercise '{exercise}'{(steps.Length > 0 ? $" (steps {steps})" : "")}: {string.Join(" ", problems.Select(p => p.Message))} Nothing was saved.",
                nameof(response));
        }

        var record = new PracticeRecord<ExerciseResponse>(PracticeRecordId.New(), at, response);
        await store.AddAsync(owner, PracticeKinds.ExerciseResponses, record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>
    /// Exports everything <paramref name="owner"/> has: the journal from <paramref name="journal"/> and the
    /// practice records from <paramref name="practice"/> (usually the same store object). Call it only when the
    /// owner asks: the document holds the private text in clear.
    /// </summary>
    /// <param name="practice">The practice store.</param>
    /// <param name="journal">The journal store.</param>
    /// <param name="owner">Whose data.</param>
    /// <param name="exportedAt">When the export is made; the journal part's own time when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="JournalEntryTamperedException">Journal entries failed their integrity check.</exception>
    /// <exception cref="PracticeRecordTamperedException">Practice records failed their integrity check.</exception>
    public static async Task<OwnerDataExport> ExportOwnerDataAsync(
        this IPracticeStore practice,
        IJournalStore journal,
        JournalOwnerId owner,
        DateTimeOffset? exportedAt = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(journal);
        var entries = await journal.ExportAsync(owner, cancellationToken).ConfigureAwait(false);
        var records = await practice.ExportAsync(owner, cancellationToken).ConfigureAwait(false);
        return new OwnerDataExport { ExportedAt = exportedAt ?? entries.ExportedAt, Journal = entries, Practice = records };
    }

    /// <summary>
    /// Imports a document made by <see cref="ExportOwnerDataAsync"/> (here or in another app): journal entries
    /// idempotently by id, practice records idempotently by kind and id. Importing it twice adds nothing the second time.
    /// </summary>
    /// <param name="practice">The practice store.</param>
    /// <param name="journal">The journal store.</param>
    /// <param name="owner">Whose data receives the document.</param>
    /// <param name="export">The document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was added and what was already there, per part.</returns>
    /// <exception cref="ArgumentException">
    /// A practice record is refused by its kind or too large. The practice part is checked before the journal is
    /// written, so such a document writes nothing.
    /// </exception>
    public static async Task<OwnerDataImportResult> ImportOwnerDataAsync(
        this IPracticeStore practice,
        IJournalStore journal,
        JournalOwnerId owner,
        OwnerDataExport export,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(export);
        JournalOwnerId.ThrowIfDefault(owner);
        PracticeRecordRules.ThrowIfInvalid(export.Practice, nameof(export));
        var entries = await journal.ImportAsync(owner, export.Journal, cancellationToken).ConfigureAwait(false);
        var records = await practice.ImportAsync(owner, export.Practice, cancellationToken).ConfigureAwait(false);
        return new OwnerDataImportResult(entries, records);
    }
}
