namespace Empathy.Core.Exercises;

/// <summary>The five kinds of exercise step.</summary>
public enum ExerciseStepKind
{
    /// <summary>Something to read; takes no answer.</summary>
    Info,

    /// <summary>A free-text answer.</summary>
    Text,

    /// <summary>One or several of a fixed list of options.</summary>
    Choice,

    /// <summary>A whole number between a minimum and a maximum.</summary>
    Scale,

    /// <summary>A pause of a given number of seconds; takes no answer.</summary>
    Timer,
}
