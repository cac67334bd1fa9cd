using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>The URLs and ids an app's exercises get in FHIR, all derived from <see cref="FhirOptions.CanonicalBase"/>.</summary>
internal sealed class FhirCanonicals(FhirOptions options)
{
    // FHIR resource ids: letters, digits, '-' and '.', at most 64 characters.
    private const int MaxIdLength = 64;

    public string TimerDurationExtension => $"{options.CanonicalBase}/StructureDefinition/timer-duration";

    public string QuestionnaireUrl(ExerciseDefinition exercise) =>
        $"{options.CanonicalBase}/Questionnaire/{exercise.PackName}/{exercise.Id}";

    public string OptionSystem(ExerciseDefinition exercise, ChoiceStep step) =>
        $"{QuestionnaireUrl(exercise)}/{step.Id}";

    /// <summary>
    /// <c>pack.exercise</c> with '_' written as '-' (ids allow no underscore); <see langword="null"/> when
    /// longer than FHIR allows, since the id is optional and the canonical url is what identifies it.
    /// </summary>
    public string? ResourceId(ExerciseDefinition exercise)
    {
        var id = $"{exercise.PackName}.{exercise.Id}".Replace('_', '-');
        return id.Length <= MaxIdLength ? id : null;
    }

    public string Canonical(ExercisePack pack, ExerciseDefinition exercise) =>
        pack.Version is { } version ? $"{QuestionnaireUrl(exercise)}|{version}" : QuestionnaireUrl(exercise);
}
