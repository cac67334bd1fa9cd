using System.Text.Json.Serialization;

namespace Empathy.Core.Exercises;

/// <summary>A step to read; it takes no answer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InfoStep : ExerciseStep
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ExerciseStepKind Kind => ExerciseStepKind.Info;
}
