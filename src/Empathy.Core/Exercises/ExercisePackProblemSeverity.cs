namespace Empathy.Core.Exercises;

/// <summary>How serious an <see cref="ExercisePackProblem"/> is.</summary>
public enum ExercisePackProblemSeverity
{
    /// <summary>The pack cannot be used until it is fixed.</summary>
    Error,

    /// <summary>The pack can be used; something in it is ignored.</summary>
    Warning,
}
