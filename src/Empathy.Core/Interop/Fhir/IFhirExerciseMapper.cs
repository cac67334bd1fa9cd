using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>Hands exercises and their answers to FHIR R4 systems; see <see cref="FhirExerciseMapper"/>.</summary>
public interface IFhirExerciseMapper
{
    /// <summary>The options in use.</summary>
    FhirOptions Options { get; }

    /// <summary>The questionnaire's canonical url.</summary>
    /// <param name="exercise">An exercise.</param>
    string QuestionnaireUrl(ExerciseDefinition exercise);

    /// <summary>The versioned canonical reference a response carries (<c>url|version</c>).</summary>
    /// <param name="pack">The exercise's pack.</param>
    /// <param name="exercise">An exercise of <paramref name="pack"/>.</param>
    string QuestionnaireCanonical(ExercisePack pack, ExerciseDefinition exercise);

    /// <summary>Writes an exercise as a FHIR R4 Questionnaire (JSON).</summary>
    /// <param name="pack">The exercise's pack.</param>
    /// <param name="exercise">An exercise of <paramref name="pack"/>.</param>
    string ToQuestionnaireJson(ExercisePack pack, ExerciseDefinition exercise);

    /// <summary>Writes a valid response as a completed FHIR R4 QuestionnaireResponse (JSON).</summary>
    /// <param name="pack">The pack of the exercise answered.</param>
    /// <param name="response">The response.</param>
    /// <param name="authored">When the answers were given.</param>
    string ToQuestionnaireResponseJson(ExercisePack pack, ExerciseResponse response, DateTimeOffset authored);

    /// <summary>Reads a FHIR R4 QuestionnaireResponse that answers an exercise of one of <paramref name="packs"/>.</summary>
    /// <param name="json">The QuestionnaireResponse.</param>
    /// <param name="packs">The packs whose questionnaires it may reference.</param>
    QuestionnaireResponseReadResult ReadQuestionnaireResponse(string json, IEnumerable<ExercisePack> packs);
}
