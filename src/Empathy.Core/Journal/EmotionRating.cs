using Empathy.Core.Utils;

namespace Empathy.Core.Journal;

/// <summary>
/// One emotion felt in a journal moment, with its intensity (0–100) before writing and, optionally,
/// after writing.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. An emotion's name stored or exported before its length
/// limit existed still loads as it was written (docs/storage.md); the limit applies to names set from now on.
/// </remarks>
public sealed record EmotionRating
{
    /// <summary>
    /// The longest emotion name allowed, in characters after trimming: 100, room for a word or a short phrase
    /// ("anxious", "a knot of dread"), not for a sentence.
    /// </summary>
    public const int MaxEmotionLength = 100;

    // What a message calls the name.
    internal const string Described = "An emotion's name";

    /// <summary>The emotion's name as the writer put it ("anxious", "ashamed"); trimmed, not blank, at most <see cref="MaxEmotionLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The name is blank or too long.</exception>
    public required string Emotion
    {
        get;
        init => field = Guard.Text(value, MaxEmotionLength, Described, nameof(Emotion));
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

    /// <summary>How two ratings' emotions are compared: by name, letter case aside ("Anxious" is "anxious").</summary>
    internal static StringComparer SameEmotion => StringComparer.OrdinalIgnoreCase;

    /// <summary><paramref name="ratings"/>, when no emotion is named twice; otherwise throws, naming the emotion and both items.</summary>
    internal static EmotionRating[] RefuseRepeated(EmotionRating[] ratings, string paramName)
    {
        if (ratings.Length < 2)
        {
            return ratings; // nothing to compare: every entry read from a store passes here, most with one emotion or none
        }

        var seen = new Dictionary<string, int>(SameEmotion);
        for (var i = 0; i < ratings.Length; i++)
        {
            if (!seen.TryAdd(ratings[i].Emotion, i))
            {
                throw new ArgumentException(
                    $"'{paramName}' names '{ratings[i].Emotion}' twice (items {seen[ratings[i].Emotion] + 1} and {i + 1}, letter case aside); each emotion is rated once, so name it once, with one intensity.",
                    paramName);
            }
        }

        return ratings;
    }
}
