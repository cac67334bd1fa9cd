using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// The archaeologist's journal is the journal's own exercise: besides its saved exercise response, its
/// answers become a four-layer journal entry (thoughts and body sensations one per line, each chosen
/// emotion rated with the peak intensity), so that the journal's insights read them. Every other
/// exercise is kept only as an exercise response.
/// </summary>
internal static class ExerciseJournal
{
    /// <summary>The tag every entry written by an exercise carries.</summary>
    public const string ExerciseTag = "exercise";

    /// <summary>Whether <paramref name="exercise"/> also writes a journal entry.</summary>
    /// <param name="exercise">The exercise.</param>
    public static bool WritesEntry(ExerciseDefinition exercise) =>
        exercise.PackName == EmpathyPack.Pack.Name && exercise.Id == EmpathyPack.ArchaeologistJournal.Id;

    /// <summary>The journal entry for <paramref name="response"/> to the archaeologist's journal, or <see langword="null"/> for any other exercise.</summary>
    /// <param name="exercise">The exercise that was run.</param>
    /// <param name="response">The validated response.</param>
    /// <param name="now">When it was written.</param>
    public static JournalEntry? ToEntry(ExerciseDefinition exercise, ExerciseResponse response, DateTimeOffset now) =>
        WritesEntry(exercise) ? Archaeologist(ArchaeologistJournalResponse.FromResponse(response), now) : null;

    private static JournalEntry Archaeologist(ArchaeologistJournalResponse answers, DateTimeOffset now) => new()
    {
        Id = JournalEntryId.New(),
        FeltAt = now,
        LoggedAt = now,
        WhatHappened = answers.WhatHappened!,
        AutomaticThoughts = Lines(answers.AutomaticThoughts),
        BodySensations = Lines(answers.BodySensations),
        WhatIDid = answers.WhatIDid is { } did && !string.IsNullOrWhiteSpace(did) ? new SensitiveText(did) : null,
        // The peak intensity belongs to every emotion picked; without it no emotion can be rated.
        Emotions = answers.Intensity is { } peak
            ? [.. answers.Emotion.Select(e => new EmotionRating { Emotion = e, IntensityBefore = peak })]
            : [],
        Tags = [ExerciseTag, EmpathyPack.ArchaeologistJournal.Id],
    };

    private static SensitiveText[] Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => new SensitiveText(l))];
}
