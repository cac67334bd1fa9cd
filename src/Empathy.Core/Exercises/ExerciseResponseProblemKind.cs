namespace Empathy.Core.Exercises;

/// <summary>What is wrong with a response, as found by <see cref="ExerciseResponse.Validate"/>.</summary>
public enum ExerciseResponseProblemKind
{
    /// <summary>The response is for another pack or exercise.</summary>
    WrongExercise,

    /// <summary>A required step has no answer (or a blank text, or no choice).</summary>
    RequiredMissing,

    /// <summary>An answer names a step the exercise does not have.</summary>
    UnknownStep,

    /// <summary>An answer is given for a step that takes none (info or timer).</summary>
    NotAnswerable,

    /// <summary>The answer's shape does not fit its step (for instance, text for a scale).</summary>
    WrongAnswerType,

    /// <summary>A scale answer is below the step's minimum or above its maximum.</summary>
    OutOfRange,

    /// <summary>A choice answer names a value the step does not offer.</summary>
    OptionNotOffered,

    /// <summary>Several options were chosen on a step that allows only one.</summary>
    TooManyChoices,
}
