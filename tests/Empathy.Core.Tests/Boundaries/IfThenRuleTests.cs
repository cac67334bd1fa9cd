using Empathy.Core.Boundaries;

namespace Empathy.Core.Tests.Boundaries;

public class IfThenRuleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private static IfThenRule Interrupting(params string[] phrases) => new()
    {
        Behaviour = "you interrupt me",
        Consequence = "I will stop and ask you to finish first",
        MatchPhrases = phrases,
    };

    [Fact]
    public void Render_WithTimeframe_ReadsAsOneSentence() =>
        Assert.Equal(
            "If you interrupt me in the next meeting, then I will stop and ask you to finish first.",
            (Interrupting() with { Timeframe = "in the next meeting" }).Render());

    [Fact]
    public void Render_WithoutTimeframe_LeavesItOut() =>
        Assert.Equal("If you interrupt me, then I will stop and ask you to finish first.", Interrupting().Render());

    [Fact]
    public void Render_DropsTrailingFullStops() =>
        Assert.Equal("If you shout, then I will leave the room.", new IfThenRule { Behaviour = "you shout.", Consequence = "I will leave the room." }.Render());

    [Fact]
    public void Render_WithDeadline_SaysUntilWhen() =>
        Assert.EndsWith("(until 1 March 2026)", (Interrupting() with { Deadline = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) }).Render());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Behaviour_Blank_Throws(string behaviour)
    {
        var error = Assert.Throws<ArgumentException>(() => new IfThenRule { Behaviour = behaviour, Consequence = "I leave" });

        Assert.Equal(nameof(IfThenRule.Behaviour), error.ParamName);
    }

    [Fact]
    public void Consequence_Blank_Throws() =>
        Assert.Equal(nameof(IfThenRule.Consequence),
            Assert.Throws<ArgumentException>(() => new IfThenRule { Behaviour = "you shout", Consequence = " " }).ParamName);

    [Fact]
    public void Timeframe_Blank_Throws() =>
        Assert.Throws<ArgumentException>(() => Interrupting() with { Timeframe = "" });

    [Fact]
    public void MatchPhrases_Blank_Throws() =>
        Assert.Throws<ArgumentException>(() => Interrupting("interrupt", " "));

    [Fact]
    public void MatchPhrases_AreTrimmedAndDeduplicatedIgnoringCase() =>
        Assert.Equal(["interrupt"], Interrupting(" interrupt ", "INTERRUPT").MatchPhrases);

    [Fact]
    public void Check_BehaviourPhraseIgnoringCase_Fires()
    {
        var outcome = Interrupting().Check("Today YOU INTERRUPT ME again", Noon);

        Assert.True(outcome.Fired);
        Assert.Equal("you interrupt me", outcome.MatchedPhrase);
        Assert.Contains("I will stop", outcome.Explanation);
    }

    [Fact]
    public void Check_MatchPhrase_Fires()
    {
        var outcome = Interrupting("interrupt").Check("He interrupted me twice", Noon);

        Assert.Equal(RuleOutcomeKind.Fired, outcome.Kind);
        Assert.Equal("interrupt", outcome.MatchedPhrase);
    }

    [Fact]
    public void Check_NoPhrasePresent_DoesNotFire()
    {
        var outcome = Interrupting().Check("He interrupted me twice", Noon);

        Assert.Equal(RuleOutcomeKind.NoMatch, outcome.Kind);
        Assert.False(outcome.Fired);
        Assert.Null(outcome.MatchedPhrase);
        Assert.Contains("\"you interrupt me\"", outcome.Explanation);
    }

    [Fact]
    public void Check_InactiveRule_DoesNotFire() =>
        Assert.Equal(RuleOutcomeKind.Inactive, (Interrupting() with { IsActive = false }).Check("you interrupt me", Noon).Kind);

    [Fact]
    public void Check_AfterDeadline_DoesNotFire() =>
        Assert.Equal(RuleOutcomeKind.DeadlinePassed, (Interrupting() with { Deadline = Noon.AddTicks(-1) }).Check("you interrupt me", Noon).Kind);

    [Fact]
    public void Check_AfterDeadline_SaysBothMomentsAsAPersonReadsThem()
    {
        var outcome = (Interrupting() with { Deadline = new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.FromHours(1)).AddTicks(9_999_999) })
            .Check("you interrupt me", new DateTimeOffset(2026, 12, 3, 16, 31, 47, TimeSpan.FromHours(1)));

        Assert.EndsWith("held only until 30 November 2026, 23:59 +01:00; the behaviour was observed on 3 December 2026, 16:31 +01:00.", outcome.Explanation);
    }

    [Fact]
    public void Check_ExactlyAtDeadline_Fires() =>
        Assert.True((Interrupting() with { Deadline = Noon }).Check("you interrupt me", Noon).Fired);

    [Fact]
    public void Equality_ComparesPhrasesByItems() =>
        Assert.Equal(Interrupting("a", "b"), Interrupting("a", "b"));
}
