using System.Text.Json.Serialization;

namespace Empathy.Core.Exercises;

/// <summary>A pause of <see cref="Seconds"/> seconds (to breathe, to wait before answering); it takes no answer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TimerStep : ExerciseStep
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ExerciseStepKind Kind => ExerciseStepKind.Timer;

    /// <summary>How long the pause lasts, at least one second.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public required int Seconds
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(Seconds));
            field = value;
        }
    }

    /// <summary>The pause as a time span.</summary>
    [JsonIgnore]
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);
}
