using System.Text.Json.Serialization;

namespace Empathy.Core.Exercises;

/// <summary>A step answered in the user's own words (held as private text in a response).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TextStep : AnswerableStep
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ExerciseStepKind Kind => ExerciseStepKind.Text;
}
