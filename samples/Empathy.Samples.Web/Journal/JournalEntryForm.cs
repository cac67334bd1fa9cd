using Empathy.Core.Journal;

namespace Empathy.Samples.Web.Journal;

/// <summary>
/// The journal page's form fields: multi-line texts for the lists, three emotion rows, comma-separated
/// tags. It only changes shapes; <see cref="JournalEntryDraft"/> checks the content.
/// </summary>
public sealed class JournalEntryForm
{
    /// <summary>How many emotion rows the form shows.</summary>
    public const int EmotionRows = 3;

    /// <summary>What happened.</summary>
    public string? Happened { get; set; }

    /// <summary>Automatic thoughts, one per line.</summary>
    public string? Thoughts { get; set; }

    /// <summary>Body sensations, one per line.</summary>
    public string? Body { get; set; }

    /// <summary>What I did.</summary>
    public string? Did { get; set; }

    /// <summary>Emotion names, one per row.</summary>
    public string?[] Emotions { get; set; } = new string?[EmotionRows];

    /// <summary>Intensity before, one per row.</summary>
    public int?[] Before { get; set; } = new int?[EmotionRows];

    /// <summary>Intensity after, one per row.</summary>
    public int?[] After { get; set; } = new int?[EmotionRows];

    /// <summary>Tags, separated by commas.</summary>
    public string? Tags { get; set; }

    /// <summary>The draft these fields describe (rows with no emotion name are left out).</summary>
    public JournalEntryDraft ToDraft(DateTimeOffset? feltAt) => new()
    {
        Happened = Happened,
        Thoughts = Lines(Thoughts),
        Body = Lines(Body),
        Did = Did,
        FeltAt = feltAt,
        Emotions = [.. Enumerable.Range(0, Math.Min(Emotions.Length, EmotionRows))
            .Where(i => !string.IsNullOrWhiteSpace(Emotions[i]) || At(Before, i) is not null)
            .Select(i => new EmotionDraft(Emotions[i], At(Before, i) ?? -1, At(After, i)))],
        Tags = (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
    };

    /// <summary>The form filled from a saved entry.</summary>
    public static JournalEntryForm From(JournalEntry entry)
    {
        var form = new JournalEntryForm
        {
            Happened = entry.WhatHappened.Reveal(),
            Thoughts = string.Join('\n', entry.AutomaticThoughts.Select(t => t.Reveal())),
            Body = string.Join('\n', entry.BodySensations.Select(b => b.Reveal())),
            Did = entry.WhatIDid?.Reveal(),
            Tags = string.Join(", ", entry.Tags),
        };
        for (var i = 0; i < Math.Min(entry.Emotions.Count, EmotionRows); i++)
        {
            form.Emotions[i] = entry.Emotions[i].Emotion;
            form.Before[i] = entry.Emotions[i].IntensityBefore;
            form.After[i] = entry.Emotions[i].IntensityAfter;
        }

        return form;
    }

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static int? At(int?[] values, int i) => i < values.Length ? values[i] : null;
}
