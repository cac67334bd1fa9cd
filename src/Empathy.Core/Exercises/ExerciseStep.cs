using System.Text.Json.Serialization;
using Empathy.Core.Utils;

namespace Empathy.Core.Exercises;

/// <summary>
/// One step of an exercise: <see cref="InfoStep"/>, <see cref="TextStep"/>, <see cref="ChoiceStep"/>,
/// <see cref="ScaleStep"/> or <see cref="TimerStep"/>. In JSON the <c>kind</c> property tells them apart,
/// as in a pack file.
/// </summary>
/// <remarks>Immutable and thread-safe; validated when set.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(InfoStep), "info")]
[JsonDerivedType(typeof(TextStep), "text")]
[JsonDerivedType(typeof(ChoiceStep), "choice")]
[JsonDerivedType(typeof(ScaleStep), "scale")]
[JsonDerivedType(typeof(TimerStep), "timer")]
public abstract record ExerciseStep
{
    private protected ExerciseStep()
    {
    }

    /// <summary>The step's id within its exercise, kebab-case or snake_case (<c>what-happened</c>).</summary>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public required string Id
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Id));
    }

    /// <summary>What the step asks or tells.</summary>
    public required LocalizedText Prompt
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Prompt));
    }

    /// <summary>An optional hint shown beside the prompt.</summary>
    public LocalizedText? Hint { get; init; }

    /// <summary>The kind of step.</summary>
    [JsonIgnore]
    public abstract ExerciseStepKind Kind { get; }

    /// <summary>Whether the step takes an answer (text, choice and scale steps do).</summary>
    [JsonIgnore]
    public bool IsAnswerable => this is AnswerableStep;
}

/// <summary>A step that takes an answer: <see cref="TextStep"/>, <see cref="ChoiceStep"/> or <see cref="ScaleStep"/>.</summary>
public abstract record AnswerableStep : ExerciseStep
{
    private protected AnswerableStep()
    {
    }

    /// <summary>Whether a response must answer this step.</summary>
    public bool Required { get; init; }
}
