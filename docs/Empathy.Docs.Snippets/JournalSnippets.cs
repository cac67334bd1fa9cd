using Empathy.Core.Journal;

namespace Empathy.Docs.Snippets;

public static class JournalSnippets
{
    public static JournalEntry Entry()
    {
        // snippet: journal-entry
        var entry = new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.FromHours(1)),
            LoggedAt = new DateTimeOffset(2026, 3, 2, 21, 30, 0, TimeSpan.FromHours(1)),
            WhatHappened = "In the afternoon meeting my manager summarised the project and did not mention my part.",
            AutomaticThoughts = ["She's unhappy with me.", "I'll be let go.", "I'm a failure."],
            BodySensations = ["stomach clenched", "cold back", "heart racing"],
            WhatIDid = "Shopped online all afternoon.",
            Emotions = [new EmotionRating { Emotion = "anxious", IntensityBefore = 80, IntensityAfter = 45 }],
            Valence = -0.6,
            LifeAreas = [LifeArea.Work],
            Tags = ["meetings"],
            FollowUp = new FollowUp { Due = new DateOnly(2026, 3, 9) },
        };

        // Every layer is private text: entry.ToString() shows "[redacted]" in place of each one.
        // end snippet
        return entry;
    }
}
