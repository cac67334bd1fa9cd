using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Samples.Console.Hosting;
using Spectre.Console;

namespace Empathy.Samples.Console.Views;

/// <summary>Builds a journal entry: from the layers given on the command line, or by asking layer by layer.</summary>
internal static class JournalEntryForm
{
    /// <summary>Creates a new entry, felt and logged now, from its four layers.</summary>
    /// <param name="happened">What happened (required).</param>
    /// <param name="thoughts">The automatic thoughts.</param>
    /// <param name="body">What the body felt.</param>
    /// <param name="did">What I did to cope, if written.</param>
    /// <param name="now">The moment of writing.</param>
    /// <param name="emotions">The emotions felt, if any.</param>
    /// <exception cref="CliException">A layer is blank (exit code 1, naming the layer).</exception>
    public static JournalEntry Create(
        string? happened,
        IReadOnlyList<string> thoughts,
        IReadOnlyList<string> body,
        string? did,
        DateTimeOffset now,
        IReadOnlyList<EmotionRating>? emotions = null)
    {
        if (string.IsNullOrWhiteSpace(happened))
        {
            throw CliException.BadInput("What happened (--happened) must not be empty: write what a camera would have recorded.");
        }

        if (thoughts.Any(string.IsNullOrWhiteSpace))
        {
            throw CliException.BadInput("An automatic thought (--thoughts) is empty.");
        }

        if (body.Any(string.IsNullOrWhiteSpace))
        {
            throw CliException.BadInput("A body sensation (--body) is empty.");
        }

        try
        {
            return new JournalEntry
            {
                Id = JournalEntryId.New(),
                FeltAt = now,
                LoggedAt = now,
                WhatHappened = happened.Trim(),
                AutomaticThoughts = [.. thoughts.Select(t => new SensitiveText(t.Trim()))],
                BodySensations = [.. body.Select(b => new SensitiveText(b.Trim()))],
                WhatIDid = string.IsNullOrWhiteSpace(did) ? null : new SensitiveText(did.Trim()),
                Emotions = emotions ?? [],
            };
        }
        catch (ArgumentException invalid)
        {
            // The library's own checks (lengths, scales): the person's input, said without code words.
            throw CliException.BadInput($"The entry was not saved: {PlainMessage.Of(invalid)}", invalid);
        }
    }

    /// <summary>Asks for the four layers and the emotions, one prompt at a time.</summary>
    /// <param name="ui">Where to ask.</param>
    /// <param name="now">The moment of writing.</param>
    public static JournalEntry Ask(IAnsiConsole ui, DateTimeOffset now)
    {
        ui.MarkupLine("[grey]Four layers, like an archaeologist: what happened, the thoughts, the body, what you did.[/]");
        var happened = Prompts.AskText(ui, "What happened? [grey](as a camera would have recorded it)[/]", required: true);
        var thoughts = Prompts.AskLines(ui, "Your automatic thoughts, word for word?");
        var body = Prompts.AskLines(ui, "What did your body feel?");
        var did = Prompts.AskText(ui, "What did you do to cope?", required: false);
        var emotions = new List<EmotionRating>();
        while (Prompts.AskText(ui, "An emotion you felt?", required: false, EmotionRating.MaxEmotionLength) is { Length: > 0 } emotion)
        {
            emotions.Add(new EmotionRating { Emotion = emotion, IntensityBefore = Prompts.AskLevel(ui, $"How strong was {Markup.Escape(emotion)}?") });
        }

        return Create(happened, thoughts, body, did, now, emotions);
    }
}
