using Empathy.Core.Utils;

namespace Empathy.Core.Journal;

/// <summary>
/// One emotion felt in a journal moment, with its intensity (0–100) before writing and, optionally,
/// after writing.
/// </summary>
/// <remarks>Immutable and thread-safe; validated on every init.</remarks>
public sealed record EmotionRating
{
    /// <summary>The emotion's name as the writer put it ("anxious", "ashamed"); trimmed, not blank.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string Emotion
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Emotion));
    }

    /// <summary>Intensity before writing, 0–100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public required int IntensityBefore
    {
        get;
        init => field = Guard.Level(value, nameof(IntensityBefore));
    }

    /// <summary>Intensity after writing, 0–100, or <see langword="null"/> when not rated yet.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int? IntensityAfter
    {
        get;
        init => field = value is { } after ? Guard.Level(after, nameof(IntensityAfter)) : null;
    }

    /// <summary>How much the intensity changed by writing (after − before), when both are known.</summary>
    public int? Change => IntensityAfter - IntensityBefore;
}
