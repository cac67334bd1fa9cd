using Empathy.Core.Critic;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Core.Tests.Insights.CoreThoughts;

public class CoreThoughtGrouperTests
{
    private static readonly DateTimeOffset Monday = new(2026, 1, 5, 20, 0, 0, TimeSpan.Zero);
    private static readonly CoreThoughtGrouper Grouper = new();

    private static JournalEntry Entry(DateTimeOffset feltAt, params string[] thoughts) => new()
    {
        Id = JournalEntryId.New(),
        FeltAt = feltAt,
        LoggedAt = feltAt,
        WhatHappened = "Something happened.",
        AutomaticThoughts = [.. thoughts.Select(t => new SensitiveText(t))],
    };

    [Fact]
    public void Group_RecurringThoughts_BecomeThemesCountedOverTime()
    {
        var entries = new[]
        {
            Entry(Monday, "I'm not good enough for this team."),
            Entry(Monday.AddDays(2), "Never good enough, again."),
            Entry(Monday.AddDays(8), "I'm not good enough.", "He'll leave me."),
        };

        var report = Grouper.Group(entries);

        var theme = report.Themes[0];
        Assert.Equal("theme.not-good-enough", theme.ThemeId);
        Assert.Equal("I'm not good enough", theme.Label);
        Assert.Equal(3, theme.ThoughtCount);
        Assert.Equal(3, theme.EntryCount);
        Assert.Equal([new WeekCount(new DateOnly(2026, 1, 5), 2), new WeekCount(new DateOnly(2026, 1, 12), 1)], theme.Weeks);
        Assert.Equal(Monday, theme.FirstSeen);
        Assert.Equal(Monday.AddDays(8), theme.LastSeen);
        Assert.Equal("theme.abandonment", report.Themes[1].ThemeId);
        Assert.Equal((3, 4), (report.EntriesRead, report.ThoughtsRead));
    }

    [Theory]
    [InlineData("I'm not good enough.", "theme.not-good-enough")]
    [InlineData("Everyone leaves me in the end.", "theme.abandonment")]
    [InlineData("I ruined everything.", "theme.failure")]
    [InlineData("Nobody loves me.", "theme.unlovable")]
    [InlineData("There's nothing I can do.", "theme.helpless")]
    [InlineData("You can't trust anyone.", "theme.mistrust")]
    public void Group_Thought_FindsItsTheme(string thought, string themeId) =>
        Assert.Contains(Grouper.Group([Entry(Monday, thought)]).Themes, t => t.ThemeId == themeId);

    [Theory]
    [InlineData("No soy suficiente para este equipo.", "theme.not-good-enough")]
    [InlineData("Al final todo el mundo se va.", "theme.abandonment")]
    [InlineData("Lo he estropeado todo otra vez.", "theme.failure")]
    [InlineData("Nadie me quiere de verdad.", "theme.unlovable")]
    [InlineData("No puedo hacer nada para cambiarlo.", "theme.helpless")]
    [InlineData("No se puede confiar en nadie.", "theme.mistrust")]
    public void Group_SpanishThought_FindsItsTheme(string thought, string themeId)
    {
        var report = new CoreThoughtGrouper(new InsightOptions { Language = "es" }).Group([Entry(Monday, thought)]);

        var theme = Assert.Single(report.Themes, t => t.ThemeId == themeId);
        Assert.False(string.IsNullOrWhiteSpace(theme.Label));
    }

    [Fact]
    public void Group_ThoughtWithTwoPhrasesOfOneTheme_CountsOnce()
    {
        var theme = Assert.Single(Grouper.Group([Entry(Monday, "I'm not good enough, never good enough.")]).Themes);

        Assert.Equal(1, theme.ThoughtCount);
    }

    [Fact]
    public void Group_Example_PointsAtTheEntryAndTheWords()
    {
        var entry = Entry(Monday, "It was fine.", "Again I'm not good enough.");

        var example = Assert.Single(Grouper.Group([entry]).Themes[0].Examples);

        Assert.Equal(entry.Id, example.EntryId);
        Assert.Equal(1, example.ThoughtIndex);
        Assert.Equal("not good enough", "Again I'm not good enough.".Substring(example.Start, example.Length));
    }

    [Fact]
    public void Group_Examples_AreCappedByTheOption()
    {
        var grouper = new CoreThoughtGrouper(new InsightOptions { MaxExamplesPerTheme = 2 });

        var theme = grouper.Group(Enumerable.Range(0, 5).Select(i => Entry(Monday.AddDays(i), "I'm a failure."))).Themes[0];

        Assert.Equal(5, theme.ThoughtCount);
        Assert.Equal(2, theme.Examples.Count);
    }

    [Fact]
    public void Group_ThemeBelowTheMinimum_IsLeftOut()
    {
        var grouper = new CoreThoughtGrouper(new InsightOptions { MinimumThoughtsPerTheme = 2 });

        var report = grouper.Group([Entry(Monday, "I'm a failure."), Entry(Monday, "I'm a failure."), Entry(Monday, "Nobody loves me.")]);

        Assert.Equal("theme.failure", Assert.Single(report.Themes).ThemeId);
    }

    [Fact]
    public void Group_WeekStart_FollowsTheOption()
    {
        var grouper = new CoreThoughtGrouper(new InsightOptions { FirstDayOfWeek = DayOfWeek.Sunday });

        var week = Assert.Single(grouper.Group([Entry(Monday, "I'm a failure.")]).Themes[0].Weeks);

        Assert.Equal(new DateOnly(2026, 1, 4), week.WeekStart);
    }

    [Fact]
    public void Group_ThoughtsMatchingACritic_AreAttributedToIt()
    {
        var heckler = new InnerCritic { Name = "the heckler", TypicalPhrases = ["not good enough"] };
        var entries = new[] { Entry(Monday, "I'm not good enough."), Entry(Monday, "Whatever."), Entry(Monday, "Still not good enough.") };

        var report = Grouper.Group(entries, [heckler]);

        var voice = Assert.Single(report.CriticVoices);
        Assert.Equal(("the heckler", 2), (voice.CriticName, voice.ThoughtCount));
        Assert.Equal("the heckler is on duty again.", voice.Examples[0].Attribution.Reminder);
        Assert.Equal(2, report.Themes[0].CriticThoughtCount);
    }

    [Theory]
    [InlineData("you always mess this up", "I always mess this up again.", "I always mess this up")]
    [InlineData("Everyone can tell you're faking.", "everyone can tell I’m faking", "everyone can tell I’m faking")]
    [InlineData("Nobody will ever love you", "Nobody will ever love me.", "Nobody will ever love me")]
    [InlineData("“Who do you think you are?”", "Who do I think I am? Nobody.", "Who do I think I am")]
    [InlineData("You'll ruin it like last time", "I'll ruin it like last time", "I'll ruin it like last time")]
    [InlineData("your work is worthless", "My work is worthless.", "My work is worthless")]
    public void Group_ACriticsLineToTheWriter_IsFoundInTheThoughtTheWriterRepeatsOfThemself(string phrase, string thought, string matched)
    {
        var heckler = new InnerCritic { Name = "the heckler", TypicalPhrases = [phrase] };

        var voice = Assert.Single(Grouper.Group([Entry(Monday, thought)], [heckler]).CriticVoices);

        var attribution = Assert.Single(voice.Examples).Attribution;
        Assert.Equal(phrase, attribution.Phrase); // the critic's own words are named
        Assert.Equal(matched, thought.Substring(attribution.Start, attribution.Length));
    }

    [Theory]
    [InlineData("eres un fracaso", "Soy un fracaso.")]
    [InlineData("nadie te quiere", "Nadie me quiere de verdad.")]
    [InlineData("no sirves para nada", "No sirvo para nada.")]
    public void Group_ACriticsLineToTheWriter_IsFoundInTheirOwnWords_InSpanish(string phrase, string thought)
    {
        var grouper = new CoreThoughtGrouper(new InsightOptions { Language = "es" });
        var critic = SpanishCritic(phrase);

        Assert.Single(grouper.Group([Entry(Monday, thought)], [critic]).CriticVoices);
    }

    [Fact]
    public void Group_ACriticsLine_IsFoundAsSaidToTheWriterOrByThem_NotOfAnotherPerson()
    {
        var heckler = new InnerCritic { Name = "the heckler", TypicalPhrases = ["you are useless"] };

        var report = Grouper.Group([Entry(Monday, "You are useless."), Entry(Monday, "I am useless."), Entry(Monday, "He is useless.")], [heckler]);

        Assert.Equal(2, Assert.Single(report.CriticVoices).ThoughtCount);
    }

    [Fact]
    public void Group_ACriticsLineInTheWritersWords_IsFoundAsWholeWordsOnly()
    {
        var heckler = new InnerCritic { Name = "the heckler", TypicalPhrases = ["you"] };

        var report = Grouper.Group([Entry(Monday, "It rained."), Entry(Monday, "Then I left.")], [heckler]);

        Assert.Equal(1, Assert.Single(report.CriticVoices).ThoughtCount); // "I", not the "i" of "It rained"
    }

    private static InnerCritic SpanishCritic(string phrase) => new() { Name = "la criticona", TypicalPhrases = [phrase] };

    [Fact]
    public void Group_CrisisThought_RaisesASignalForThatEntry()
    {
        var sink = new RecordingSink();
        var entry = Entry(Monday, "I'm a failure.", "I want to die.");

        var report = new CoreThoughtGrouper(sinks: [sink]).Group([entry]);

        var signal = Assert.Single(report.CrisisSignals);
        Assert.Equal((entry.Id, 1), (signal.EntryId!.Value, signal.ItemIndex!.Value));
        Assert.Same(signal, Assert.Single(sink.Signals));
    }

    [Fact]
    public void Group_NoThoughts_GivesAnEmptyReport()
    {
        var report = Grouper.Group([]);

        Assert.Equal(0, report.EntriesRead);
        Assert.Empty(report.Themes);
    }

    [Fact]
    public void Group_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => Grouper.Group([Entry(Monday, "x")], cancellationToken: cancel.Token));
    }

    [Fact]
    public void Group_NullEntry_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Grouper.Group([Entry(Monday, "x"), null!]));

    private sealed class RecordingSink : ICrisisSignalSink
    {
        public List<CrisisSignal> Signals { get; } = [];

        public void OnCrisisSignal(CrisisSignal signal) => Signals.Add(signal);
    }
}
