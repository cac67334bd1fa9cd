using System.Text.Json.Serialization;
using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>
/// What reading a FHIR QuestionnaireResponse gave: the exercise response when it is valid for its
/// exercise, else the problems, each naming the item's linkId in <see cref="ExerciseResponseProblem.StepId"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuestionnaireResponseReadResult
{
    /// <summary>The response, when it answers its exercise without a problem; otherwise <see langword="null"/>.</summary>
    public ExerciseResponse? Response { get; init; }

    /// <summary>The exercise the response answers, when its <c>questionnaire</c> reference names one of the pack's.</summary>
    public ExerciseDefinition? Exercise { get; init; }

    /// <summary>The <c>questionnaire</c> canonical reference as written (<c>url|version</c>).</summary>
    public required string Questionnaire { get; init; }

    /// <summary>The FHIR status (<c>completed</c>, <c>in-progress</c>, <c>amended</c>).</summary>
    public required string Status { get; init; }

    /// <summary>When the answers were given, if the resource says.</summary>
    public DateTimeOffset? Authored { get; init; }

    /// <summary>What is wrong, in item order; empty when <see cref="Response"/> is set.</summary>
    public IReadOnlyList<ExerciseResponseProblem> Problems
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Problems));
            field = [.. value];
        }
    } = [];

    /// <summary>Whether the response was read without a problem.</summary>
    [JsonIgnore]
    public bool IsValid => Response is not null && Problems.Count == 0;

    /// <inheritdoc />
    public bool Equals(QuestionnaireResponseReadResult? other) =>
        other is not null
        && Response == other.Response
        && Equals(Exercise, other.Exercise)
        && Questionnaire == other.Questionnaire
        && Status == other.Status
        && Authored == other.Authored
        && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Questionnaire, Status, Authored, Problems.Count);

    /// <summary>The response, or an exception listing every problem.</summary>
    /// <exception cref="FhirFormatException">The response has problems; the message lists each with its linkId.</exception>
    public ExerciseResponse GetValidResponse() =>
        IsValid
            ? Response!
            : throw new FhirFormatException($"The QuestionnaireResponse for '{Questionnaire}' is refused: {string.Join(" ", Problems.Select(p => p.Message))}");
}
