using Empathy.Core.Energy;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Relationships;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Tests.Journal;

namespace Empathy.Core.Tests.Utils;

/// <summary>
/// Messages that point at an item of a list count as people count: the first item is item 1, not item 0.
/// </summary>
public sealed class CountFromOneMessageTests
{
    private static readonly DateTimeOffset Morning = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TimelinePoint_OverTheCapacity_IsNamedCountingFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [new(Morning, 50), new(Morning.AddHours(1), 150)], []));

        Assert.StartsWith("Timeline point 2 has level 150;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelinePoint_OutOfOrder_IsNamedCountingFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [new(Morning, 50), new(Morning.AddHours(-1), 50)], []));

        Assert.StartsWith("Timeline point 2 (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dive_UnderWayBeforeTheLast_IsNamedCountingFromOne()
    {
        var open = new Dive { StartedAt = Morning, LevelAtStart = 50, PlannedCost = 10 };

        var error = Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [new(Morning, 50)], [open, open with { StartedAt = Morning.AddHours(1) }]));

        Assert.StartsWith("Dive 1 is inconsistent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dive_Overlapping_NamesBothDivesCountingFromOne()
    {
        var done = new Dive { StartedAt = Morning, LevelAtStart = 50, PlannedCost = 10, SurfacedAt = Morning.AddHours(2), ActualCost = 10 };

        var error = Assert.Throws<ArgumentException>(() => new EnergyTank(100, 20, 1, [new(Morning, 50)], [done, done with { StartedAt = Morning.AddHours(1) }]));

        Assert.StartsWith("Dive 2 starts before dive 1 surfaced", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullItem_IsNamedCountingFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => JournalEntryTests.Sample() with { Emotions = [new EmotionRating { Emotion = "sad", IntensityBefore = 10 }, null!] });

        Assert.Contains("(item 2 is)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankJournalText_IsNamedCountingFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => JournalEntryTests.Sample() with { BodySensations = [new SensitiveText(" ")] });

        Assert.StartsWith("'BodySensations' item 1 must not be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedEmotion_NamesBothItemsCountingFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => JournalEntryTests.Sample() with
        {
            Emotions = [new EmotionRating { Emotion = "anxious", IntensityBefore = 80 }, new EmotionRating { Emotion = "Anxious", IntensityBefore = 40 }],
        });

        Assert.Contains("(items 1 and 2,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedactedCheckInNote_IsNamedCountingFromOne()
    {
        var relationship = new Relationship
        {
            Person = "Sam",
            CheckIns = [new RelationshipCheckIn { At = Morning, Depletion = 70, Frustration = 60, SelfDoubt = 55, Note = new SensitiveText(SensitiveText.Redacted) }],
        };
        IPracticeStore store = new InMemoryJournalStore();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(new JournalOwnerId("owner-1"), PracticeKinds.Relationships, new PracticeRecord<Relationship>(PracticeRecordId.New(), Morning, relationship)));

        Assert.Contains("Check-in 1's note is the redaction placeholder", error.Message, StringComparison.Ordinal);
    }
}
