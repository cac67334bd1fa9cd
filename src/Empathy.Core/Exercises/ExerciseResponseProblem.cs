namespace Empathy.Core.Exercises;

/// <summary>One thing wrong with a response, naming the step and saying what is allowed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExerciseResponseProblem
{
    /// <summary>The step the problem is about; empty when it is about the whole response.</summary>
    public required string StepId { get; init; }

    /// <summary>What kind of problem it is.</summary>
    public required ExerciseResponseProblemKind Kind { get; init; }

    /// <summary>What is wrong and what is allowed, in English.</summary>
    public required string Message { get; init; }
}
