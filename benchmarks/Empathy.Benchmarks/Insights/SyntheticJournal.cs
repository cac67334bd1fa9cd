using System.Text;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// A deterministic synthetic journal: "what happened" texts built from camera-style sentences, with
/// about one sentence in five carrying an interpretation (an absolute, a label, mind reading…), in
/// mixed case, with contractions and both kinds of apostrophe.
/// </summary>
internal static class SyntheticJournal
{
    private static readonly string[] Names = ["Sam", "Ana", "my boss", "my sister", "Tom", "the manager", "Priya", "my partner", "Leo", "Grandma"];
    private static readonly string[] Times = ["at 9:15", "after lunch", "on Tuesday", "in the afternoon meeting", "at ten past six", "this morning", "before the call", "on the train"];

    private static readonly string[] Plain =
    [
        "{0} summarised the quarter {1} and did not mention my part.",
        "I walked to the station {1} and the train was twelve minutes late.",
        "{0} asked {1} whether I could pick up the kids on Friday.",
        "The report was due at noon; I sent it at half past one.",
        "{0} looked at the phone while I was speaking about the budget.",
        "We had dinner {1} and talked about the weekend plans.",
        "{0} didn\u2019t reply to the two messages I sent {1}.",
        "I said I'd call back {1}, and {0} said that was fine.",
        "{0} closed the laptop {1} and left the room without a word.",
        "The meeting started {1}; four people came and the projector didn't work.",
        "I cooked pasta, washed up and read for an hour before bed.",
        "{0} moved my desk to the window {1}.",
    ];

    private static readonly string[] Interpreting =
    [
        "{0} obviously did it on purpose to get back at me.",
        "{0} always ignores me {1}, it's so selfish.",
        "Nobody cares and everyone thinks I'm useless.",
        "I felt completely ignored and betrayed by {0}.",
        "I'm going to be fired, this is a total disaster.",
        "{0} made me so angry {1}.",
        "{0} never listens, what a lazy excuse for a colleague.",
        "{0} must think I\u2019m stupid.",
    ];

    /// <summary>Builds entries until their texts hold at least <paramref name="characters"/> characters.</summary>
    public static string[] Texts(int characters, int seed = 42)
    {
        var random = new Random(seed);
        var texts = new List<string>();
        var total = 0;
        var entry = new StringBuilder();
        while (total < characters)
        {
            entry.Clear();
            var sentences = random.Next(3, 7);
            for (var s = 0; s < sentences; s++)
            {
                var templates = random.Next(5) == 0 ? Interpreting : Plain;
                var template = templates[random.Next(templates.Length)];
                var sentence = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Names[random.Next(Names.Length)], Times[random.Next(Times.Length)]);
                entry.Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1).Append(' ');
            }

            var text = entry.ToString();
            texts.Add(text);
            total += text.Length;
        }

        return [.. texts];
    }

    private static readonly string[] Thoughts =
    [
        "I'm not good enough for this team.", "He\u2019ll leave me, like everyone does.", "I ruined everything again.",
        "Nobody loves me.", "There's nothing I can do about it.", "You can't trust anyone here.",
        "Maybe it was just a busy day.", "I need to eat something.", "It went better than I feared.",
        "I should call Ana tomorrow.", "The heckler is loud today.", "I'm a failure at this.",
    ];

    /// <summary>Builds <paramref name="count"/> entries spread over two years, each with one to three automatic thoughts.</summary>
    public static JournalEntry[] Entries(int count, int seed = 7)
    {
        var random = new Random(seed);
        var thoughts = Thoughts.Select(t => new SensitiveText(t)).ToArray();
        var happened = new SensitiveText("The meeting ran late.");
        var start = new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);
        var entries = new JournalEntry[count];
        for (var i = 0; i < count; i++)
        {
            var felt = start.AddMinutes(random.Next(0, 2 * 365 * 24 * 60));
            var n = random.Next(1, 4);
            var list = new SensitiveText[n];
            for (var t = 0; t < n; t++)
            {
                list[t] = thoughts[random.Next(thoughts.Length)];
            }

            entries[i] = new JournalEntry
            {
                Id = new JournalEntryId(new Guid(i + 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)),
                FeltAt = felt,
                LoggedAt = felt,
                WhatHappened = happened,
                AutomaticThoughts = list,
            };
        }

        return entries;
    }
}
