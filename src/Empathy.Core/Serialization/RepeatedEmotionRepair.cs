using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Journal;

namespace Empathy.Core.Serialization;

/// <summary>
/// Entries written before <see cref="JournalEntry.Emotions"/> refused an emotion named twice may hold one: so that
/// such a journal or export still opens, the read keeps the first rating of each emotion (letter case aside) and
/// drops the later ones, which a current entry could not hold.
/// </summary>
internal static class RepeatedEmotionRepair
{
    /// <summary>Removes, in place, every rating of <paramref name="entry"/>'s <c>emotions</c> whose emotion an earlier one names.</summary>
    public static void KeepFirstOfEach(JsonObject entry)
    {
        if (entry["emotions"] is not JsonArray emotions)
        {
            return;
        }

        var seen = new HashSet<string>(EmotionRating.SameEmotion);
        for (var i = 0; i < emotions.Count; i++)
        {
            if (Name(emotions[i]) is { } name && !seen.Add(name))
            {
                emotions.RemoveAt(i--);
            }
        }
    }

    // The emotion as the model reads it (trimmed); null for an item the model will refuse on its own.
    private static string? Name(JsonNode? rating) =>
        rating is JsonObject item && item["emotion"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>().Trim()
            : null;
}
