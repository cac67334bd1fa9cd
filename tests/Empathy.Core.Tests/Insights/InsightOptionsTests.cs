using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;

namespace Empathy.Core.Tests.Insights;

public class InsightOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(new InsightOptions().Validate());

    [Fact]
    public void AddedPhrase_Fires()
    {
        var options = new InsightOptions();
        options.Rule("observation.judgement-label").Add("feckless");

        var finding = Assert.Single(new ObservationCheck(options).Check("He was feckless.").Findings);

        Assert.Equal("observation.judgement-label", finding.RuleId);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)] // the longest word the checks look up
    public void AddedPhrase_WithAWordUpToTheLongestTheChecksRead_Fires(int length)
    {
        var word = new string('q', length);
        var options = new InsightOptions();
        options.Rule("observation.judgement-label").Add("utterly " + word);

        Assert.Empty(options.Validate());
        Assert.Single(new ObservationCheck(options).Check($"He was utterly {word}.").Findings);
    }

    [Fact]
    public void AddedPhrase_WithALongerWord_IsRefusedNamingTheWordAndTheRule()
    {
        var word = new string('q', 65);
        var options = new InsightOptions();
        options.Rule("observation.judgement-label").Add("utterly " + word);

        var problem = Assert.Single(options.Validate());
        var error = Assert.Throws<ArgumentException>(() => new ObservationCheck(options));

        Assert.Equal(
            "[en] '" + new string('q', 40) + "…' in phrase 'utterly " + new string('q', 32) + "…' of rule 'observation.judgement-label' has a word of 65 characters; a lexicon word may have at most 64, because the checks read no longer word of a text as one they know, so it would never match.",
            problem);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddedPhrase_IsNormalisedLikeText()
    {
        var options = new InsightOptions();
        options.Rule("message.label").Add("You’re A Goblin");

        Assert.True(new MessageCheck(options).Check("you're a goblin!").IsAccusation);
    }

    [Fact]
    public void ReplacedPhrases_DropTheOldOnes()
    {
        var options = new InsightOptions();
        options.Rule("reply.platitude").Replace("keep smiling");
        var check = new ReplyCheck(options);

        Assert.False(check.Check("Be strong.").IsDismissive);
        Assert.True(check.Check("Keep smiling!").IsDismissive);
    }

    [Fact]
    public void RemovedPhrase_NoLongerFires()
    {
        var options = new InsightOptions();
        options.Rule("observation.mind-reading").Remove("obviously");

        Assert.True(new ObservationCheck(options).Check("He obviously forgot.").IsObjective);
    }

    [Fact]
    public void AddedException_CancelsTheRuleWhereItOverlaps()
    {
        var options = new InsightOptions();
        options.Rule("observation.absolute").Except("always on time");

        Assert.True(new ObservationCheck(options).Check("The train is always on time.").IsObjective);
    }

    [Fact]
    public void DisabledRule_NeverFires()
    {
        var options = new InsightOptions();
        options.Rule("observation.absolute").Disabled = true;

        Assert.True(new ObservationCheck(options).Check("He never helps.").IsObjective);
    }

    [Fact]
    public void ReworkedTexts_AreUsedByFindings()
    {
        var options = new InsightOptions();
        options.Rule("reply.platitude").TryInstead = "Say what you see.";

        Assert.Equal("Say what you see.", new ReplyCheck(options).Check("Be strong.").Findings[0].TryInstead);
    }

    [Fact]
    public void NewRule_WithKindAndTexts_Fires()
    {
        var options = new InsightOptions();
        var rule = options.Rule("message.sarcasm").Add("yeah right");
        rule.Kind = InsightRuleKind.RhetoricalQuestion;
        rule.Why = "Sarcasm accuses sideways.";
        rule.TryInstead = "Say it straight.";

        var finding = Assert.Single(new MessageCheck(options).Check("Yeah right, you were busy.").Findings);

        Assert.Equal(("message.sarcasm", "Say it straight."), (finding.RuleId, finding.TryInstead));
    }

    [Fact]
    public void NewTheme_IsGrouped()
    {
        var options = new InsightOptions();
        var theme = options.Rule("theme.perfectionism").Add("has to be perfect");
        theme.Kind = InsightRuleKind.CoreThought;
        theme.Label = "It has to be perfect";
        theme.Why = "A recurring demand for perfection.";
        theme.TryInstead = "Ask what good enough would look like.";
        var entry = new Empathy.Core.Journal.JournalEntry
        {
            Id = Empathy.Core.Journal.JournalEntryId.New(),
            FeltAt = DateTimeOffset.UnixEpoch,
            LoggedAt = DateTimeOffset.UnixEpoch,
            WhatHappened = "x",
            AutomaticThoughts = ["It has to be perfect."],
        };

        Assert.Equal("It has to be perfect", Assert.Single(new CoreThoughtGrouper(options).Group([entry]).Themes).Label);
    }

    [Fact]
    public void WordClassAddition_ReachesEveryRuleUsingTheClass()
    {
        var options = new InsightOptions();
        options.WordClass("label").Add("feckless");

        Assert.False(new ObservationCheck(options).Check("He was feckless.").IsObjective);
        Assert.True(new MessageCheck(options).Check("You're so feckless.").IsAccusation);
    }

    [Fact]
    public void ChangesForAnotherLanguage_DoNotTouchThisOne()
    {
        var options = new InsightOptions();
        options.Rule("observation.judgement-label", "es").Add("gandul");

        Assert.True(new ObservationCheck(options).Check("He was a gandul.").IsObjective);
        options.Language = "es";
        Assert.False(new ObservationCheck(options).Check("Es un gandul.").IsObjective);
    }

    [Fact]
    public void ForLanguage_CopiesTheSettingsAndPinsChangesWithNoLanguage()
    {
        var options = new InsightOptions { TreatReportedSpeechAsQuoted = false, MaxTextCharacters = 5_000, MaxStatementPartWords = 7, MaxStatementPartCharacters = 70, MaxExamplesPerTheme = 2, MinimumThoughtsPerTheme = 3, FirstDayOfWeek = DayOfWeek.Sunday };
        options.Rule("observation.judgement-label").Add("feckless");
        options.Rule("observation.judgement-label", "es").Add("gandul");
        options.WordClass("label").Add("dozy");

        var spanish = options.ForLanguage("es");

        Assert.Equal("es", spanish.Language);
        Assert.Equal((false, 5_000, 7, 70, 2, 3, DayOfWeek.Sunday), (spanish.TreatReportedSpeechAsQuoted, spanish.MaxTextCharacters, spanish.MaxStatementPartWords, spanish.MaxStatementPartCharacters, spanish.MaxExamplesPerTheme, spanish.MinimumThoughtsPerTheme, spanish.FirstDayOfWeek));
        Assert.Equal(["en", "es"], spanish.Rules.Select(r => r.Language));
        Assert.Equal(["feckless"], spanish.Rules[0].AddedPhrases);
        Assert.Equal("en", Assert.Single(spanish.WordClasses).Language);
        Assert.Empty(spanish.Validate());
        Assert.False(new ObservationCheck(spanish).Check("Es un gandul.").IsObjective);
        Assert.True(new ObservationCheck(spanish).Check("Es un feckless.").IsObjective);
    }

    [Fact]
    public void ForLanguage_MakesACopyOfItsOwn()
    {
        var options = new InsightOptions();
        options.Rule("observation.judgement-label").Add("feckless");

        var copy = options.ForLanguage("en");
        copy.Rules[0].Add("dozy");
        copy.MaxTextCharacters = 2_000;

        Assert.Equal(["feckless"], options.Rules[0].AddedPhrases);
        Assert.Equal(1_000_000, options.MaxTextCharacters);
        Assert.True(new ObservationCheck(options).Check("He was dozy.").IsObjective);
        Assert.False(new ObservationCheck(copy).Check("He was dozy.").IsObjective);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("ES")]
    [InlineData("")]
    public void ForLanguage_WithoutALexicon_Throws(string language)
    {
        var error = Assert.Throws<ArgumentException>(() => new InsightOptions().ForLanguage(language));

        Assert.Contains("built-in", error.Message, StringComparison.Ordinal);
        Assert.Equal("language", error.ParamName);
    }

    [Fact]
    public void Rule_ReturnsTheSameChangesForTheSameId()
    {
        var options = new InsightOptions();

        Assert.Same(options.Rule("reply.fixing"), options.Rule(" reply.fixing "));
        Assert.Single(options.Rules);
    }

    [Fact]
    public void Validate_UnknownRuleWithoutKind_ListsTheProblem()
    {
        var options = new InsightOptions();
        options.Rule("observation.no-such-rule").Add("x");

        Assert.Contains(options.Validate(), p => p.Contains("observation.no-such-rule", StringComparison.Ordinal) && p.Contains("Kind", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RemovingAPhraseThatIsNotThere_ListsTheProblem()
    {
        var options = new InsightOptions();
        options.Rule("reply.platitude").Remove("no such platitude");

        Assert.Contains(options.Validate(), p => p.Contains("no such platitude", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PhraseWithPunctuation_ListsTheProblem()
    {
        var options = new InsightOptions();
        options.Rule("reply.platitude").Add("chin up!");

        Assert.Contains(options.Validate(), p => p.Contains("chin up!", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownWordClass_ListsTheProblem()
    {
        var options = new InsightOptions();
        options.WordClass("nonsense").Remove("x");

        Assert.NotEmpty(options.Validate());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    public void Validate_LanguageWithoutALexicon_ListsTheProblem(string language) =>
        Assert.Contains(new InsightOptions { Language = language }.Validate(), p => p.Contains("built-in", StringComparison.Ordinal));

    [Fact]
    public void Validate_BadLimits_ListTheirProblems()
    {
        var problems = new InsightOptions { MaxExamplesPerTheme = -1, MinimumThoughtsPerTheme = 0, FirstDayOfWeek = (DayOfWeek)9 }.Validate();

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Construct_WithInvalidOptions_ThrowsListingTheProblem()
    {
        var options = new InsightOptions();
        options.Rule("reply.platitude").Add("chin up!");

        Assert.Contains("chin up!", Assert.Throws<ArgumentException>(() => new ReplyCheck(options)).Message);
    }

    [Fact]
    public void ChangedLexicon_IsCompiledOnceForTheSameChanges()
    {
        var options = new InsightOptions();
        options.Rule("observation.judgement-label").Add("feckless");

        Assert.Same(InsightLexicons.Shared.For(options), InsightLexicons.Shared.For(options));
    }

    [Fact]
    public void ChangedLexicon_IsCompiledAgainWhenTheChangesChange()
    {
        var options = new InsightOptions();
        options.Rule("observation.judgement-label").Add("feckless");
        var first = InsightLexicons.Shared.For(options);

        options.Rule("observation.judgement-label").Add("spineless");

        Assert.NotSame(first, InsightLexicons.Shared.For(options));
        Assert.False(new ObservationCheck(options).Check("He was spineless.").IsObjective);
    }

    [Fact]
    public void Validate_ListsEachProblemOnce()
    {
        var options = new InsightOptions { MaxExamplesPerTheme = -1 };
        options.Rule("reply.platitude").Add("chin up!");

        var problems = options.Validate();

        Assert.Single(problems, p => p.Contains(nameof(InsightOptions.MaxExamplesPerTheme), StringComparison.Ordinal));
        Assert.Single(problems, p => p.Contains("chin up!", StringComparison.Ordinal));
    }

    [Fact]
    public void Changes_DoNotAlterTheBuiltInLexicon()
    {
        var options = new InsightOptions();
        options.Rule("observation.mind-reading").Remove("obviously");
        _ = new ObservationCheck(options);

        Assert.False(new ObservationCheck().Check("He obviously forgot.").IsObjective);
    }
}
