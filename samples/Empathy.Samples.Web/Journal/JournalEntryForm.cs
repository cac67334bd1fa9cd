using System.Globalization;
using Empathy.Core.Journal;

namespace Empathy.Samples.Web.Journal;

/// <summary>
/// The journal page's form fields: multi-line texts for the lists, emotion rows (at least three, and one
/// more than a saved entry has), comma-separated tags. It only changes shapes; <see cref="JournalEntryDraft"/>
/// checks the content.
/// </summary>
public sealed class JournalEntryForm
{
    /// <summary>How many emotion rows the form shows at least.</summary>
    public const int EmotionRows = 3;

    /// <summary>
    /// How many emotion rows these fields hold: at least <see cref="EmotionRows"/>, and every row posted or filled
    /// from a saved entry, so an entry with more emotions than the page's first rows keeps them all when saved again.
    /// </summary>
    public int RowCount => Math.Max(EmotionRows, Math.Max(Emotions?.Length ?? 0, Math.Max(Before?.Length ?? 0, After?.Length ?? 0)));

    /// <summary>What happened.</summary>
    public string? Happened { get; set; }

    /// <summary>Automatic thoughts, one per line.</summary>
    public string? Thoughts { get; set; }

    /// <summary>Body sensations, one per line.</summary>
    public string? Body { get; set; }

    /// <summary>What I did.</summary>
    public string? Did { get; set; }

    // The rows as posted: a form may send fewer rows, or a row without its intensities, so every read goes
    // through At(), and the intensities stay text until ToDraft reads them (a browser without number inputs
    // sends whatever was typed).

    /// <summary>Emotion names, one per row.</summary>
    public string?[] Emotions { get; set; } = new string?[EmotionRows];

    /// <summary>Intensity before, as typed, one per row.</summary>
    public string?[] Before { get; set; } = new string?[EmotionRows];

    /// <summary>Intensity after, as typed, one per row.</summary>
    public string?[] After { get; set; } = new string?[EmotionRows];

    /// <summary>Tags, separated by commas.</summary>
    public string? Tags { get; set; }

    /// <summary>The emotion name of row <paramref name="row"/>, or null when the form sent none.</summary>
    public string? EmotionAt(int row) => At(Emotions, row);

    /// <summary>The intensity before of row <paramref name="row"/>, as typed.</summary>
    public string? BeforeAt(int row) => At(Before, row);

    /// <summary>The intensity after of row <paramref name="row"/>, as typed.</summary>
    public string? AfterAt(int row) => At(After, row);

    /// <summary>
    /// These fields with the rows the draft reads (see <see cref="ToDraft"/>) moved up, in their order, and the empty
    /// ones after them, so that the draft's errors for <c>emotions[i]</c> (and its "emotions 1 and 2") point at the
    /// rows shown as "Emotion i+1"; nothing typed is lost.
    /// </summary>
    public JournalEntryForm WithDraftRowsFirst()
    {
        var rows = Enumerable.Range(0, RowCount).OrderBy(row => IsEmptyRow(row) ? 1 : 0).ToArray(); // a stable sort
        return new JournalEntryForm
        {
            Happened = Happened,
            Thoughts = Thoughts,
            Body = Body,
            Did = Did,
            Tags = Tags,
            Emotions = [.. rows.Select(EmotionAt)],
            Before = [.. rows.Select(BeforeAt)],
            After = [.. rows.Select(AfterAt)],
        };
    }

    /// <summary>
    /// The draft these fields describe (rows with neither a name nor an intensity are left out), or null with
    /// <paramref name="errors"/> naming each row whose intensity is not a whole number.
    /// </summary>
    public JournalEntryDraft? ToDraft(DateTimeOffset? feltAt, Dictionary<string, string[]> errors)
    {
        var emotions = new List<EmotionDraft>();
        for (var row = 0; row < RowCount; row++)
        {
            var field = $"emotions[{row}].emotion"; // the row's one error slot on the page
            var before = Intensity(BeforeAt(row), "before", field, errors);
            var after = Intensity(AfterAt(row), "after", field, errors);
            if (!IsEmptyRow(row))
            {
                emotions.Add(new EmotionDraft(EmotionAt(row), before ?? -1, after));
            }
        }

        return errors.Count > 0 ? null : new JournalEntryDraft
        {
            Happened = Happened,
            Thoughts = Lines(Thoughts),
            Body = Lines(Body),
            Did = Did,
            FeltAt = feltAt,
            Emotions = emotions,
            Tags = (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        };
    }

    /// <summary>The form filled from a saved entry: a row for each of its emotions, and one empty row to add another.</summary>
    public static JournalEntryForm From(JournalEntry entry)
    {
        var rows = Math.Max(EmotionRows, entry.Emotions.Count + 1);
        var form = new JournalEntryForm
        {
            Emotions = new string?[rows],
            Before = new string?[rows],
            After = new string?[rows],
            Happened = entry.WhatHappened.Reveal(),
            Thoughts = string.Join('\n', entry.AutomaticThoughts.Select(t => t.Reveal())),
            Body = string.Join('\n', entry.BodySensations.Select(b => b.Reveal())),
            Did = entry.WhatIDid?.Reveal(),
            Tags = string.Join(", ", entry.Tags),
        };
        for (var i = 0; i < entry.Emotions.Count; i++)
        {
            form.Emotions[i] = entry.Emotions[i].Emotion;
            form.Before[i] = entry.Emotions[i].IntensityBefore.ToString(CultureInfo.InvariantCulture);
            form.After[i] = entry.Emotions[i].IntensityAfter?.ToString(CultureInfo.InvariantCulture);
        }

        return form;
    }

    private bool IsEmptyRow(int row) =>
        string.IsNullOrWhiteSpace(EmotionAt(row)) && string.IsNullOrWhiteSpace(BeforeAt(row)) && string.IsNullOrWhiteSpace(AfterAt(row));

    private static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string? At(string?[]? values, int i) => values is not null && i < values.Length ? values[i] : null;

    private static int? Intensity(string? text, string when, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.TryAdd(field, [$"Intensity {when} is a whole number from 0 to 100; '{text.Trim()}' is not."]);
        return null;
    }
}
