using Empathy.Core.Journal;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Views;

public sealed class JournalEntryFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_FromLayers_KeepsEveryLayerAndTheTime()
    {
        var entry = JournalEntryForm.Create(" The boss did not mention my part. ", ["I'll be fired."], ["stomach clenched"], "Shopped online.", Now);

        Assert.Equal("The boss did not mention my part.", entry.WhatHappened.Reveal());
        Assert.Equal("I'll be fired.", Assert.Single(entry.AutomaticThoughts).Reveal());
        Assert.Equal("stomach clenched", Assert.Single(entry.BodySensations).Reveal());
        Assert.Equal("Shopped online.", entry.WhatIDid?.Reveal());
        Assert.Equal(Now, entry.FeltAt);
        Assert.Equal(Now, entry.LoggedAt);
    }

    [Fact]
    public void Create_WithBlankHappened_IsBadInputNamingTheOption()
    {
        var error = Assert.Throws<CliException>(() => JournalEntryForm.Create("  ", [], [], null, Now));

        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
        Assert.Contains("--happened", error.Message);
    }

    [Fact]
    public void Create_WithABlankThought_IsBadInput()
    {
        var error = Assert.Throws<CliException>(() => JournalEntryForm.Create("It rained.", ["fine", " "], [], null, Now));

        Assert.Contains("--thoughts", error.Message);
    }

    [Fact]
    public void Ask_LayerByLayer_BuildsTheEntryWithEmotions()
    {
        var keys = TestTerminal.Console()
            .Line("The boss did not mention my part.")
            .Line("He's unhappy with me.").Line("I'll be fired.").Enter()
            .Line("heart racing").Enter()
            .Enter() // nothing done to cope
            .Line("anxious").Line("80")
            .Enter(); // no more emotions
        var ui = keys;

        var entry = JournalEntryForm.Ask(ui, Now);

        Assert.Equal(2, entry.AutomaticThoughts.Count);
        Assert.Equal("heart racing", Assert.Single(entry.BodySensations).Reveal());
        Assert.Null(entry.WhatIDid);
        var emotion = Assert.Single(entry.Emotions);
        Assert.Equal(("anxious", 80), (emotion.Emotion, emotion.IntensityBefore));
        Assert.True(keys.AllKeysRead());
    }

    [Fact]
    public void Ask_AnEmotionNameTooLong_IsAskedAgainNotThrown()
    {
        var keys = TestTerminal.Console()
            .Line("The boss did not mention my part.")
            .Enter() // no thoughts
            .Enter() // no sensations
            .Enter() // nothing done to cope
            .Line(new string('a', EmotionRating.MaxEmotionLength + 1))
            .Line("anxious").Line("80")
            .Enter(); // no more emotions

        var entry = JournalEntryForm.Ask(keys, Now);

        Assert.Equal("anxious", Assert.Single(entry.Emotions).Emotion);
        Assert.Contains($"At most {EmotionRating.MaxEmotionLength} characters, please; this has {EmotionRating.MaxEmotionLength + 1}.", keys.Output);
        Assert.True(keys.AllKeysRead());
    }
}
