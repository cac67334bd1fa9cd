using Empathy.Core.Journal;
using Empathy.Core.Utils;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// One emotion of a journal entry in the export: our own name for it, the HealthKit label it maps to
/// (none when no label fits), and its intensities, which HealthKit has no place for and keeps only here.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated when set. The name has the journal's limit for an emotion's name
/// (<see cref="EmotionRating.MaxEmotionLength"/>): an export read from a file refuses one over it, naming the
/// sample, the emotion and the line (docs/interop.md).
/// </remarks>
public sealed record StateOfMindEmotion
{
    /// <summary>The emotion as the writer named it (<c>afraid</c>); trimmed, not blank, at most <see cref="EmotionRating.MaxEmotionLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The name is blank or too long.</exception>
    public required string Name
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Name));
            field = Guard.Length(value.Trim(), EmotionRating.MaxEmotionLength, EmotionRating.Described, nameof(Name));
        }
    }

    /// <summary>The HealthKit label for it (<c>scared</c>), or <see langword="null"/> when none fits.</summary>
    public StateOfMindLabel? Label
    {
        get;
        init => field = value is { } label ? Guard.Defined(label, nameof(Label), "HealthKit labels") : null;
    }

    /// <summary>Intensity before writing, 0–100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public required int IntensityBefore
    {
        get;
        init => field = Guard.Level(value, nameof(IntensityBefore));
    }

    /// <summary>Intensity after writing, 0–100, when rated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int? IntensityAfter
    {
        get;
        init => field = value is { } after ? Guard.Level(after, nameof(IntensityAfter)) : null;
    }
}
