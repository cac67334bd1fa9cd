using System.Text.Json.Serialization;
using Empathy.Core.Utils;

namespace Empathy.Core.Exercises;

/// <summary>A step answered by choosing one option, or several when <see cref="Multiple"/> is set.</summary>
/// <remarks>Immutable and thread-safe. Equality compares the options item by item.</remarks>
public sealed record ChoiceStep : AnswerableStep
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ExerciseStepKind Kind => ExerciseStepKind.Choice;

    /// <summary>The options offered, at least one, each value once.</summary>
    /// <exception cref="ArgumentException">The list is empty, holds null, or repeats a value.</exception>
    public required IReadOnlyList<ChoiceOption> Options
    {
        get;
        init
        {
            value = Guard.OrEmpty(value);
            if (value.Count == 0 || value.Any(o => o is null))
            {
                throw new ArgumentException("A choice step needs at least one option, and no null option.", nameof(Options));
            }

            if (value.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != value.Count)
            {
                throw new ArgumentException("Each option value of a choice step must be different.", nameof(Options));
            }

            field = [.. value];
        }
    }

    /// <summary>Whether several options may be chosen.</summary>
    public bool Multiple { get; init; }

    /// <summary>Whether <paramref name="value"/> is one of the option values.</summary>
    /// <param name="value">A value from a response.</param>
    public bool Offers(string value) => Options.Any(o => string.Equals(o.Value, value, StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(ChoiceStep? other) =>
        other is not null && base.Equals(other) && Multiple == other.Multiple && Options.SequenceEqual(other.Options);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Multiple, Options.Count);
}
