namespace Empathy.Core.Exercises;

/// <summary>A step to read; it takes no answer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InfoStep : ExerciseStep
{
    /// <inheritdoc />
    public override ExerciseStepKind Kind => ExerciseStepKind.Info;
}
