using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// Turns a completed exercise into a journal entry, so that every response is kept in the one
/// encrypted store. The archaeologist's journal maps onto the entry's four layers; any other exercise
/// is kept as a tagged entry whose text lists each prompt with its answer (the library has no store
/// of its own for exercise responses).
/// </summary>
internal static class ExerciseJournal
{
    /// <summary>The tag every entry written by an exercise carries.</summary>
    public const string ExerciseTag = "exercise";

    /// <summary>Makes the journal entry for <paramref name="response"/> to <paramref name="exercise"/>.</summary>
    /// <param name="exercise">The exercise that was run.</param>
    /// <param name="response">The validated response.</param>
    /// <param name="now">When it was written.</param>
    public static JournalEntry ToEntry(ExerciseDefinition exercise, ExerciseResponse response, DateTimeOffset now) =>
        exercise.PackName == EmpathyPack.Pack.Name && exercise.Id == EmpathyPack.ArchaeologistJournal.Id
            ? Archaeologist(ArchaeologistJournalResponse.FromResponse(response), now)
            : Generic(exercise, response, now);

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

    private static JournalEntry Generic(ExerciseDefinition exercise, ExerciseResponse response, DateTimeOffset now)
    {
        var lines = new List<string> { $"{exercise.Title.Current}" };
        foreach (var step in exercise.Steps)
        {
            if (response.Answers.TryGetValue(step.Id, out var answer))
            {
                var text = answer.Kind switch
                {
                    ExerciseAnswerKind.Text => answer.Text!.Reveal(),
                    ExerciseAnswerKind.Choices => string.Join(", ", answer.Choices!),
                    ExerciseAnswerKind.Number => answer.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => string.Empty,
                };
                lines.Add($"{step.Prompt.Current}\n{text}");
            }
        }

        return new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = now,
            LoggedAt = now,
            WhatHappened = string.Join("\n\n", lines),
            Tags = [ExerciseTag, exercise.Id],
        };
    }

    private static SensitiveText[] Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => new SensitiveText(l))];
}
