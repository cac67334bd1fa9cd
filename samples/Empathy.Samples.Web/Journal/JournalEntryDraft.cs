using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Samples.Web.Journal;

/// <summary>
/// A journal entry as a person or a program sent it, before it is checked: the four layers, emotions
/// with their intensity before and after, and tags. <see cref="TryBuild"/> is the one place that
/// turns it into a <see cref="JournalEntry"/> or into field errors (the API and the pages share it).
/// </summary>
public sealed record JournalEntryDraft
{
    /// <summary>What happened (required).</summary>
    public string? Happened { get; init; }

    /// <summary>The automatic thoughts, one per item (or one string, one per line).</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.TextOrLinesConverter))]
    public IReadOnlyList<string>? Thoughts { get; init; }

    /// <summary>What the body felt, one per item (or one string, one per line).</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.TextOrLinesConverter))]
    public IReadOnlyList<string>? Body { get; init; }

    /// <summary>What I did to cope.</summary>
    public string? Did { get; init; }

    /// <summary>When it was felt; now when left out.</summary>
    public DateTimeOffset? FeltAt { get; init; }

    /// <summary>
    /// Emotions with intensity before (0–100) and, optionally, after; each name at most
    /// <see cref="EmotionRating.MaxEmotionLength"/> characters (trimmed) and named once, letter case aside.
    /// </summary>
    public IReadOnlyList<EmotionDraft>? Emotions { get; init; }

    /// <summary>Tags, each at most <see cref="JournalEntry.MaxTagLength"/> characters (trimmed); the entry keeps them lower-cased, each once.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Builds the entry, or returns the problems by field.</summary>
    public bool TryBuild(JournalEntryId id, DateTimeOffset now, DateTimeOffset? loggedAt, int maxTextLength, out JournalEntry? entry, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var problems = errors;
        void Add(string field, string message) =>
            problems[field] = problems.TryGetValue(field, out var found) ? [.. found, message] : [message];

        if (string.IsNullOrWhiteSpace(Happened))
        {
            Add("happened", "Write what happened (as a camera would have seen it).");
        }

        CheckLength(Happened, "happened");
        CheckLength(Did, "did");
        var thoughts = Clean(Thoughts, "thoughts");
        var body = Clean(Body, "body");
        var tags = Clean(Tags, "tags");
        foreach (var tag in tags.Where(t => t.Length > JournalEntry.MaxTagLength))
        {
            Add("tags", $"A tag is at most {JournalEntry.MaxTagLength} characters; '{tag[..16]}…' has {tag.Length}.");
        }

        var emotions = new List<EmotionRating>();
        // The library refuses an emotion rated twice (letter case aside): each name's first item, to point back at.
        var firstNamed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (Emotions?.Count ?? 0); i++)
        {
            var emotion = Emotions![i];
            if (emotion is null || string.IsNullOrWhiteSpace(emotion.Emotion))
            {
                Add($"emotions[{i}].emotion", "Name the emotion.");
                continue;
            }

            var name = emotion.Emotion.Trim();
            if (name.Length > EmotionRating.MaxEmotionLength)
            {
                Add($"emotions[{i}].emotion", $"An emotion's name is at most {EmotionRating.MaxEmotionLength} characters; this one has {name.Length}.");
                continue;
            }

            if (!firstNamed.TryAdd(name, i))
            {
                Add($"emotions[{i}].emotion", $"Emotions {firstNamed[name] + 1} and {i + 1} both name '{name}' (letter case aside); rate each emotion once.");
                continue;
            }

            if (emotion.Before is < 0 or > 100)
            {
                Add($"emotions[{i}].emotion", "Intensity before must be between 0 and 100.");
                continue;
            }

            if (emotion.After is < 0 or > 100)
            {
                Add($"emotions[{i}].emotion", "Intensity after must be between 0 and 100.");
                continue;
            }

            emotions.Add(new EmotionRating { Emotion = name, IntensityBefore = emotion.Before, IntensityAfter = emotion.After });
        }

        if (FeltAt is { } felt && felt > now.AddMinutes(5))
        {
            Add("feltAt", "When it was felt cannot be in the future.");
        }

        if (errors.Count > 0)
        {
            entry = null;
            return false;
        }

        entry = new JournalEntry
        {
            Id = id,
            FeltAt = FeltAt ?? now,
            LoggedAt = loggedAt ?? now,
            WhatHappened = new SensitiveText(Happened!.Trim()),
            AutomaticThoughts = [.. thoughts.Select(t => new SensitiveText(t))],
            BodySensations = [.. body.Select(b => new SensitiveText(b))],
            WhatIDid = string.IsNullOrWhiteSpace(Did) ? null : new SensitiveText(Did.Trim()),
            Emotions = emotions,
            Tags = tags,
        };
        return true;

        void CheckLength(string? text, string field)
        {
            if (text is { Length: var length } && length > maxTextLength)
            {
                Add(field, $"At most {maxTextLength} characters; this has {length}.");
            }
        }

        List<string> Clean(IReadOnlyList<string>? items, string field)
        {
            var kept = new List<string>();
            foreach (var item in items ?? [])
            {
                if (string.IsNullOrWhiteSpace(item))
                {
                    continue; // an empty line in a form is not an item
                }

                CheckLength(item, field);
                kept.Add(item.Trim());
            }

            if (kept.Count > 100)
            {
                Add(field, "At most 100 items.");
            }

            return kept;
        }
    }
}

/// <summary>An emotion with its intensity before and, optionally, after (0–100).</summary>
/// <param name="Emotion">The emotion's name.</param>
/// <param name="Before">Intensity when it was felt.</param>
/// <param name="After">Intensity after writing or coping.</param>
public sealed record EmotionDraft(string? Emotion, int Before, int? After = null);
