using System.Text.Json.Serialization;
using Empathy.Core.Privacy;

namespace Empathy.Core.Exercises;

/// <summary>
/// The answer to one step: private text for a <see cref="TextStep"/>, option values for a
/// <see cref="ChoiceStep"/>, or a number for a <see cref="ScaleStep"/>. Exactly one is set; create
/// answers with <see cref="FromText"/>, <see cref="FromChoices"/> or <see cref="FromNumber"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Text is <see cref="SensitiveText"/>: redacted in logs and default JSON.
/// Equality compares every member, choices item by item.
/// </remarks>
public sealed record ExerciseAnswer
{
    /// <summary>The answer to a text step.</summary>
    public SensitiveText? Text { get; init; }

    /// <summary>The option values chosen on a choice step.</summary>
    public IReadOnlyList<string>? Choices
    {
        get;
        init
        {
            if (value is not null && value.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException("A chosen option value must not be blank.", nameof(Choices));
            }

            field = value is null ? null : [.. value];
        }
    }

    /// <summary>The answer to a scale step.</summary>
    public int? Number { get; init; }

    /// <summary>What the answer holds.</summary>
    [JsonIgnore]
    public ExerciseAnswerKind Kind => ((Text is not null ? 1 : 0) + (Choices is not null ? 1 : 0) + (Number is not null ? 1 : 0)) switch
    {
        0 => ExerciseAnswerKind.None,
        > 1 => ExerciseAnswerKind.Mixed,
        _ => Text is not null ? ExerciseAnswerKind.Text : Choices is not null ? ExerciseAnswerKind.Choices : ExerciseAnswerKind.Number,
    };

    /// <summary>An answer in the user's words.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ExerciseAnswer FromText(string text) => new() { Text = new SensitiveText(text) };

    /// <summary>An answer choosing option values.</summary>
    /// <param name="values">The chosen option values (not labels).</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static ExerciseAnswer FromChoices(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new() { Choices = [.. values] };
    }

    /// <summary>An answer on a scale.</summary>
    /// <param name="number">The number.</param>
    public static ExerciseAnswer FromNumber(int number) => new() { Number = number };

    /// <inheritdoc />
    public bool Equals(ExerciseAnswer? other) =>
        other is not null
        && Text == other.Text
        && Number == other.Number
        && (Choices is null ? other.Choices is null : other.Choices is not null && Choices.SequenceEqual(other.Choices));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Number, Choices?.Count);
}
