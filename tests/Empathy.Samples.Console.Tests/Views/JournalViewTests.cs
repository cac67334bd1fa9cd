using Empathy.Core.Journal;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Views;

public sealed class JournalViewTests
{
    private static readonly JournalEntry Entry = new()
    {
        Id = JournalEntryId.New(),
        FeltAt = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero),
        LoggedAt = new DateTimeOffset(2026, 3, 2, 18, 30, 0, TimeSpan.Zero),
        WhatHappened = "In the afternoon meeting the boss summarised and did not mention my part.",
        AutomaticThoughts = ["He's unhappy with me.", "I'll be fired."],
        BodySensations = ["stomach clenched"],
        WhatIDid = "Shopped online all afternoon.",
        Emotions = [new EmotionRating { Emotion = "anxious", IntensityBefore = 80, IntensityAfter = 40 }],
    };

    private static string Render(Action<Spectre.Console.IAnsiConsole> render)
    {
        var output = new StringWriter();
        render(Terminal.CreatePlainConsole(output, interactive: false));
        return output.ToString();
    }

    [Fact]
    public void RenderEntry_ShowsEveryLayerToItsOwner()
    {
        var text = Render(ui => JournalView.RenderEntry(ui, Entry));

        Assert.Contains("did not mention my part.", text);
        Assert.Contains("I'll be fired.", text);
        Assert.Contains("stomach clenched", text);
        Assert.Contains("Shopped online all afternoon.", text);
        Assert.Contains("anxious: 80 → 40", text);
        Assert.Contains(Entry.Id.ToString(), text);
    }

    [Fact]
    public void RenderList_ShowsIdsAndAPreview()
    {
        var text = Render(ui => JournalView.RenderList(ui, [Entry]));

        Assert.Contains(Entry.Id.ToString(), text);
        Assert.Contains("afternoon", text);
        Assert.Contains("1 entry.", text);
        Assert.Contains("anxious 80", text);
    }

    [Fact]
    public void RenderList_WhenEmpty_SaysHowToStart()
    {
        var text = Render(ui => JournalView.RenderList(ui, []));

        Assert.Contains("The journal is empty.", text);
    }
}
