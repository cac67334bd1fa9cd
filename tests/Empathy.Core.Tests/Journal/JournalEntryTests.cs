using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Core.Tests.Journal;

public class JournalEntryTests
{
    internal static JournalEntry Sample() => new()
    {
        Id = JournalEntryId.New(),
        FeltAt = new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.FromHours(1)),
        LoggedAt = new DateTimeOffset(2026, 11, 20, 21, 30, 0, TimeSpan.FromHours(1)),
        WhatHappened = "In the afternoon meeting the boss summarised and did not mention my part.",
        AutomaticThoughts = ["He's unhappy with me.", "I'll be fired."],
        BodySensations = ["stomach clenched", "heart racing"],
        WhatIDid = "Shopped online all afternoon.",
        Emotions = [new EmotionRating { Emotion = "anxious", IntensityBefore = 80, IntensityAfter = 40 }],
        Valence = -0.6,
        LifeAreas = [LifeArea.Work],
        Tags = ["Meeting", "boss"],
        FollowUp = new FollowUp { Due = new DateOnly(2026, 11, 27) },
    };

    [Fact]
    public void New_Entry_HasCurrentSchemaVersion() => Assert.Equal(JournalEntry.CurrentSchemaVersion, Sample().SchemaVersion);

    [Fact]
    public void ToString_NeverShowsPrivateText()
    {
        var text = Sample().ToString();

        Assert.DoesNotContain("boss summarised", text);
        Assert.Contains(SensitiveText.Redacted, text);
    }

    [Fact]
    public void WhatHappened_Blank_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Sample() with { WhatHappened = "  " });

        Assert.Equal("WhatHappened", error.ParamName);
    }

    [Fact]
    public void AutomaticThoughts_WithBlankItem_NamesTheItem()
    {
        var error = Assert.Throws<ArgumentException>(() => Sample() with { AutomaticThoughts = ["fine", ""] });

        Assert.Contains("item 2", error.Message);
    }

    [Fact]
    public void Lists_SetToNull_ReadAsEmpty()
    {
        var entry = Sample() with { BodySensations = null!, Tags = null!, Emotions = null!, LifeAreas = null! };

        Assert.Empty(entry.BodySensations);
        Assert.Empty(entry.Tags);
        Assert.Empty(entry.Emotions);
        Assert.Empty(entry.LifeAreas);
    }

    [Fact]
    public void WhatIDid_Blank_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Sample() with { WhatIDid = "" });

    [Theory]
    [InlineData(-1.01)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Valence_OutsideMinusOneToOne_IsRefused(double valence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample() with { Valence = valence });

    [Fact]
    public void SchemaVersion_Unknown_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample() with { SchemaVersion = JournalEntry.CurrentSchemaVersion + 1 });

    [Fact]
    public void Tags_AreTrimmedLowerCasedAndDistinct() =>
        Assert.Equal(["work", "boss"], (Sample() with { Tags = [" Work", "boss", "WORK"] }).Tags);

    [Fact]
    public void Tags_Blank_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Sample() with { Tags = [" "] });

    [Fact]
    public void LifeAreas_Undefined_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample() with { LifeAreas = [(LifeArea)500] });

    [Fact]
    public void Emotions_WithNull_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Sample() with { Emotions = [null!] });

    [Fact]
    public void Lists_AreCopied_SoTheCallerCannotChangeThem()
    {
        var thoughts = new List<SensitiveText> { "first" };
        var entry = Sample() with { AutomaticThoughts = thoughts };

        thoughts.Add("second");

        Assert.Single(entry.AutomaticThoughts);
    }

    [Fact]
    public void Equality_ComparesListsByItems()
    {
        var entry = Sample();
        var copy = entry with { AutomaticThoughts = [.. entry.AutomaticThoughts] };

        Assert.Equal(entry, copy);
        Assert.NotEqual(entry, entry with { AutomaticThoughts = ["different"] });
    }
}
