using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Tests.Shared.Storage;

/// <summary>Fully populated journal entries for store tests: every member set, so a round trip checks every field.</summary>
public static class JournalSamples
{
    /// <summary>A phrase no store may ever write in clear.</summary>
    public const string SecretPhrase = "the heckler says I ruined everything at the lighthouse";

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>An entry felt at <paramref name="feltAt"/> (default <see cref="Start"/>), with every member populated.</summary>
    public static JournalEntry Entry(DateTimeOffset? feltAt = null, string[]? tags = null, string? whatHappened = null)
    {
        var felt = feltAt ?? Start;
        return new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = felt,
            LoggedAt = felt.AddHours(2).ToOffset(TimeSpan.FromHours(-5)),
            WhatHappened = whatHappened ?? "In the afternoon meeting the boss summarised and did not mention my part.",
            AutomaticThoughts = [new SensitiveText("He's unhappy with me."), new SensitiveText(SecretPhrase)],
            BodySensations = ["stomach clenched", "heart racing"],
            WhatIDid = "Shopped online all afternoon.",
            Emotions =
            [
                new EmotionRating { Emotion = "anxious", IntensityBefore = 80, IntensityAfter = 40 },
                new EmotionRating { Emotion = "ashamed", IntensityBefore = 55 },
            ],
            Valence = -0.625,
            LifeAreas = [LifeArea.Work, LifeArea.Identity],
            Tags = tags ?? ["meeting", "boss"],
            FollowUp = new FollowUp { Due = DateOnly.FromDateTime(felt.Date).AddDays(7), Outcome = "It was not about me." },
        };
    }

    /// <summary><paramref name="count"/> entries felt one hour apart from <see cref="Start"/>.</summary>
    public static JournalEntry[] Hourly(int count, string[]? tags = null) =>
        [.. Enumerable.Range(0, count).Select(i => Entry(Start.AddHours(i), tags))];
}
