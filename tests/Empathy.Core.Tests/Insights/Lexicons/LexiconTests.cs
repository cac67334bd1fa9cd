using Empathy.Core.Insights;
using Empathy.Core.Insights.Lexicons;

namespace Empathy.Core.Tests.Insights.Lexicons;

public class LexiconTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void BuiltInLexicon_CompilesWithoutProblems(string language) =>
        Assert.Empty(LexiconCompiler.Check(LexiconStore.Document(language)));

    [Fact]
    public void English_HasEveryCheck()
    {
        var english = LexiconStore.Default("en");

        Assert.NotNull(english.Observation);
        Assert.NotNull(english.Message);
        Assert.NotNull(english.Reply);
        Assert.NotNull(english.CoreThoughts);
        Assert.NotEmpty(english.Crisis.Rules);
    }

    [Fact]
    public void Spanish_HasObservationMessageAndCrisisChecks()
    {
        var spanish = LexiconStore.Default("es");

        Assert.NotNull(spanish.Observation);
        Assert.NotNull(spanish.Message);
        Assert.NotEmpty(spanish.Crisis.Rules);
    }

    [Fact]
    public void Default_IsCompiledOnce() => Assert.Same(LexiconStore.Default("en"), LexiconStore.Default("en"));

    [Fact]
    public void Document_UnknownLanguage_Throws() =>
        Assert.Throws<ArgumentException>(() => LexiconStore.Document("xx"));

    [Fact]
    public void English_HasTheThemesTheIssueNames()
    {
        var themes = LexiconStore.Default("en").CoreThoughts!.Rules.Select(r => r.Id).ToList();

        Assert.Contains("theme.not-good-enough", themes);
        Assert.Contains("theme.abandonment", themes);
        Assert.Contains("theme.failure", themes);
        Assert.Contains("theme.unlovable", themes);
        Assert.Contains("theme.helpless", themes);
        Assert.Contains("theme.mistrust", themes);
    }

    [Fact]
    public void Check_UnknownWordClass_IsAProblem() =>
        Assert.Contains(LexiconCompiler.Check(With("{nothing}")), p => p.Contains("word class", StringComparison.Ordinal));

    [Fact]
    public void Check_PhraseStartingWithAWildcard_IsAProblem() =>
        Assert.Contains(LexiconCompiler.Check(With("* always")), p => p.Contains("must start with a word", StringComparison.Ordinal));

    [Fact]
    public void Check_PunctuationInAPhrase_IsAProblem() =>
        Assert.Contains(LexiconCompiler.Check(With("always, never")), p => p.Contains("punctuation", StringComparison.Ordinal));

    [Fact]
    public void Check_DuplicateRuleId_IsAProblem()
    {
        var document = Minimal();
        document.Crisis!.Rules = [.. document.Crisis.Rules, document.Crisis.Rules[0]];

        Assert.Contains(LexiconCompiler.Check(document), p => p.Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FrameOnARuleThatIsNotReplyEvidence_IsAProblem()
    {
        var document = Minimal();
        document.Crisis!.Rules[0].Frames = [Empathy.Core.Insights.Text.RuleFrame.Opening];

        Assert.Contains(LexiconCompiler.Check(document), p => p.Contains("frames only as reply component evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReplyInterjectionsNamingAnUnknownClass_IsAProblem()
    {
        var document = Minimal();
        document.Reply = new LexiconReplySection { Interjections = "openers-that-are-not-there" };

        Assert.Contains(LexiconCompiler.Check(document), p => p.Contains("interjections name the word class 'openers-that-are-not-there'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void BuiltInReplyLexicon_HasItsInterjections(string language) =>
        Assert.True(LexiconCompiler.Compile(LexiconStore.Document(language)).Reply!.Interjections.Count > 0);

    [Fact]
    public void Compile_AProblem_ThrowsListingIt() =>
        Assert.Contains("word class", Assert.Throws<LexiconException>(() => LexiconCompiler.Compile(With("{missing}"))).Message);

    private static LexiconDocument With(string phrase)
    {
        var document = Minimal();
        document.Crisis!.Rules[0].Phrases = [phrase];
        return document;
    }

    private static LexiconDocument Minimal() => new()
    {
        Language = "en",
        Crisis = new LexiconRuleSection
        {
            Rules = [new LexiconRule { Id = "crisis.test", Kind = InsightRuleKind.Crisis, Why = "w", TryInstead = "t", Phrases = ["want to die"] }],
        },
    };
}
