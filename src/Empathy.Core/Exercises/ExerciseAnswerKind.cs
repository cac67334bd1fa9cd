namespace Empathy.Core.Exercises;

/// <summary>What an <see cref="ExerciseAnswer"/> holds.</summary>
public enum ExerciseAnswerKind
{
    /// <summary>Nothing: no text, choices or number.</summary>
    None,

    /// <summary>Text, for a <see cref="TextStep"/>.</summary>
    Text,

    /// <summary>Chosen option values, for a <see cref="ChoiceStep"/>.</summary>
    Choices,

    /// <summary>A number, for a <see cref="ScaleStep"/>.</summary>
    Number,

    /// <summary>More than one of text, choices and number: not a valid answer.</summary>
    Mixed,
}
