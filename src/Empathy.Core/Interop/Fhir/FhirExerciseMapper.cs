using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>
/// Hands exercises and their answers to systems that speak HL7 FHIR R4: an exercise becomes a
/// <c>Questionnaire</c>, a response a <c>QuestionnaireResponse</c> that references it, and a
/// QuestionnaireResponse is read back into an <see cref="ExerciseResponse"/> under the rules of
/// <see cref="ExerciseResponse.Validate"/>. Plain JSON text in and out: no FHIR SDK is needed.
/// </summary>
/// <remarks>
/// Thread-safe; keeps no state besides its options. The mapping (item types, extensions, what is not
/// carried) is tabled in docs/interop.md. Text answers are private: a QuestionnaireResponse holds them
/// in clear, so write one only for a destination the user chose.
/// </remarks>
public sealed class FhirExerciseMapper : IFhirExerciseMapper
{
    private readonly FhirCanonicals _canonicals;

    /// <summary>Creates a mapper.</summary>
    /// <param name="options">The canonical base and base language; <see langword="null"/> for the defaults.</param>
    /// <remarks>No logger is taken: Empathy.Core has no logging dependency, and every outcome is in the return value.</remarks>
    public FhirExerciseMapper(FhirOptions? options = null)
    {
        Options = options ?? new FhirOptions();
        _canonicals = new FhirCanonicals(Options);
    }

    /// <summary>The options in use.</summary>
    public FhirOptions Options { get; }

    /// <summary>The questionnaire's canonical url: <c>{CanonicalBase}/Questionnaire/{pack}/{exercise}</c>.</summary>
    /// <param name="exercise">An exercise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is <see langword="null"/>.</exception>
    public string QuestionnaireUrl(ExerciseDefinition exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return _canonicals.QuestionnaireUrl(exercise);
    }

    /// <summary>The versioned canonical reference a response carries: <c>url|version</c> (just the url when the pack has no version).</summary>
    /// <param name="pack">The exercise's pack.</param>
    /// <param name="exercise">An exercise of <paramref name="pack"/>.</param>
    /// <exception cref="ArgumentException">The exercise is not one of the pack's.</exception>
    public string QuestionnaireCanonical(ExercisePack pack, ExerciseDefinition exercise)
    {
        RequireMember(pack, exercise);
        return _canonicals.Canonical(pack, exercise);
    }

    /// <summary>Writes <paramref name="exercise"/> as a FHIR R4 Questionnaire (JSON).</summary>
    /// <param name="pack">The exercise's pack: it gives the version and the translations.</param>
    /// <param name="exercise">An exercise of <paramref name="pack"/>.</param>
    /// <returns>The Questionnaire as indented JSON.</returns>
    /// <exception cref="ArgumentException">The exercise is not one of the pack's.</exception>
    public string ToQuestionnaireJson(ExercisePack pack, ExerciseDefinition exercise)
    {
        RequireMember(pack, exercise);
        return QuestionnaireWriter.Write(_canonicals, Options, pack, exercise);
    }

    /// <summary>Writes a response as a completed FHIR R4 QuestionnaireResponse (JSON), text answers in clear.</summary>
    /// <param name="pack">The pack of the exercise answered.</param>
    /// <param name="response">A response to one of the pack's exercises.</param>
    /// <param name="authored">When the answers were given.</param>
    /// <returns>The QuestionnaireResponse as indented JSON.</returns>
    /// <exception cref="ArgumentException">The response answers no exercise of the pack, or breaks its rules (the message lists each problem).</exception>
    public string ToQuestionnaireResponseJson(ExercisePack pack, ExerciseResponse response, DateTimeOffset authored)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(response);
        var exercise = response.PackName == pack.Name ? pack.FindExercise(response.ExerciseId) : null;
        if (exercise is null)
        {
            throw new ArgumentException($"The response answers '{response.PackName}/{response.ExerciseId}', which is not an exercise of pack '{pack.Name}'.", nameof(response));
        }

        var problems = response.Validate(exercise);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Only a valid response is written as FHIR; this one has problems: {string.Join(" ", problems.Select(p => p.Message))}", nameof(response));
        }

        return QuestionnaireResponseWriter.Write(_canonicals, pack, exercise, response, authored);
    }

    /// <summary>
    /// Reads a FHIR R4 QuestionnaireResponse (JSON) that answers one of <paramref name="pack"/>'s exercises.
    /// </summary>
    /// <param name="json">The QuestionnaireResponse.</param>
    /// <param name="pack">The pack whose questionnaire it references.</param>
    /// <returns>The response, or the problems (wrong type, unknown linkId, missing required answer, value off the scale, option not offered), each naming its linkId.</returns>
    /// <exception cref="FhirFormatException">The text is not JSON, not a QuestionnaireResponse, or misses a required element.</exception>
    public QuestionnaireResponseReadResult ReadQuestionnaireResponse(string json, ExercisePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return ReadQuestionnaireResponse(json, [pack]);
    }

    /// <summary>Reads a FHIR R4 QuestionnaireResponse (JSON) that answers an exercise of any of <paramref name="packs"/>.</summary>
    /// <param name="json">The QuestionnaireResponse.</param>
    /// <param name="packs">The packs whose questionnaires it may reference (an <see cref="IExerciseCatalog"/>'s <c>Packs</c>).</param>
    /// <returns>The response, or the problems, each naming its linkId.</returns>
    /// <exception cref="FhirFormatException">The text is not JSON, not a QuestionnaireResponse, or misses a required element.</exception>
    public QuestionnaireResponseReadResult ReadQuestionnaireResponse(string json, IEnumerable<ExercisePack> packs)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(packs);
        return QuestionnaireResponseReader.Read(_canonicals, json, [.. packs]);
    }

    private static void RequireMember(ExercisePack pack, ExerciseDefinition exercise)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(exercise);
        if (exercise.PackName != pack.Name || !Equals(pack.FindExercise(exercise.Id), exercise))
        {
            throw new ArgumentException($"Exercise '{exercise}' is not an exercise of pack '{pack.Name}'.", nameof(exercise));
        }
    }
}
