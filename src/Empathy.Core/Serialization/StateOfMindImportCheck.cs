using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Storage;

namespace Empathy.Core.Serialization;

/// <summary>
/// The checks of a state-of-mind export read from a file that the models cannot make alone: which sample (and
/// emotion) a refused value sits in and on which line, and a sample that names one emotion twice.
/// </summary>
internal static class StateOfMindImportCheck
{
    /// <summary>
    /// <paramref name="invalid"/>, raised by a model's check while the document was read, as an error that names the
    /// sample, the emotion and the member it is about, with the line an editor shows.
    /// </summary>
    public static JsonException Locate(string json, ArgumentException invalid, JsonTypeInfo<StateOfMindSample> sampleInfo, JsonTypeInfo<StateOfMindEmotion> emotionInfo)
    {
        var (where, path) = Find(json, invalid, sampleInfo, emotionInfo);
        return Refusal(json, where, path, ArgumentErrorText.OwnWords(invalid), invalid);
    }

    /// <summary>
    /// Throws when a sample names the same emotion twice (letter case aside): it would become two ratings of one
    /// emotion in the entry. Two emotions under one HealthKit label ("afraid" and "scared", both <c>scared</c>) are
    /// two emotions, and are kept.
    /// </summary>
    public static void RefuseRepeatedEmotions(string json, StateOfMindExport export)
    {
        for (var i = 0; i < export.Samples.Count; i++)
        {
            var emotions = export.Samples[i].Emotions;
            for (var j = 1; j < emotions.Count; j++)
            {
                var first = Index(emotions, j);
                if (first >= 0)
                {
                    throw Refusal(
                        json,
                        Text($"sample {i + 1}, emotion {j + 1}"),
                        ["samples", i, "emotions", j, "name"],
                        Text($"'{emotions[j].Name}' is emotion {first + 1} of this sample already; each emotion is rated once, so name it once (with one intensity)"),
                        inner: null);
                }
            }
        }
    }

    private static int Index(IReadOnlyList<StateOfMindEmotion> emotions, int upTo)
    {
        for (var k = 0; k < upTo; k++)
        {
            if (string.Equals(emotions[k].Name, emotions[upTo].Name, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    // Reads each sample, then each of its emotions, alone, to find the one the check refused.
    private static (string? Where, List<object> Path) Find(string json, ArgumentException invalid, JsonTypeInfo<StateOfMindSample> sampleInfo, JsonTypeInfo<StateOfMindEmotion> emotionInfo)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("samples", out var samples) && samples.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var sample in samples.EnumerateArray())
            {
                if (Refuses(sample, sampleInfo) is { } inSample)
                {
                    var j = 0;
                    if (sample.ValueKind == JsonValueKind.Object && sample.TryGetProperty("emotions", out var emotions) && emotions.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var emotion in emotions.EnumerateArray())
                        {
                            if (emotion.ValueKind == JsonValueKind.Object && Refuses(emotion, emotionInfo) is { } inEmotion)
                            {
                                return (Text($"sample {i + 1}, emotion {j + 1}"), ["samples", i, "emotions", j, Member(inEmotion)]);
                            }

                            j++;
                        }
                    }

                    return (Text($"sample {i + 1}"), ["samples", i, Member(inSample)]);
                }

                i++;
            }
        }

        return (null, [Member(invalid)]);
    }

    private static ArgumentException? Refuses<T>(JsonElement element, JsonTypeInfo<T> info)
    {
        try
        {
            element.Deserialize(info);
            return null;
        }
        catch (ArgumentException invalid)
        {
            return invalid;
        }
        catch (JsonException)
        {
            return null; // not this check's refusal: the whole document's read reports JSON errors with their line
        }
    }

    // The JSON member a model's property is written as (the context writes camelCase).
    private static string Member(ArgumentException invalid) =>
        invalid.ParamName is { Length: > 0 } name ? JsonNamingPolicy.CamelCase.ConvertName(name) : string.Empty;

    private static JsonException Refusal(string json, string? where, List<object> path, string reason, Exception? inner)
    {
        if (path is [.. var parent, ""])
        {
            path = parent; // a check without a member: point at the value it was about
        }

        var jsonPath = "$" + string.Concat(path.Select(p => p is int index ? Text($"[{index}]") : "." + p));
        var position = JsonPositions.Find(Encoding.UTF8.GetBytes(json), path);
        var located = new JsonException(reason, jsonPath, position?.Line, position?.Byte, inner);
        var subject = where is null ? "The state-of-mind export is not valid" : $"The state-of-mind export is not valid: {where}";
        return new JsonException($"{subject}: {JsonErrorText.Describe(located)}.", jsonPath, position?.Line, position?.Byte, inner);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
