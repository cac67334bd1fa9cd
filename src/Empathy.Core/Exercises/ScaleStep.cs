using System.Text.Json.Serialization;

namespace Empathy.Core.Exercises;

/// <summary>A step answered with a whole number from <see cref="Min"/> to <see cref="Max"/>.</summary>
/// <remarks>Immutable and thread-safe. A pack file guarantees <see cref="Min"/> ≤ <see cref="Max"/>.</remarks>
public sealed record ScaleStep : AnswerableStep
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ExerciseStepKind Kind => ExerciseStepKind.Scale;

    /// <summary>The lowest answer allowed.</summary>
    public required int Min { get; init; }

    /// <summary>The highest answer allowed.</summary>
    public required int Max { get; init; }

    /// <summary>Whether <paramref name="value"/> lies on the scale.</summary>
    /// <param name="value">A number from a response.</param>
    public bool Contains(int value) => value >= Min && value <= Max;
}
