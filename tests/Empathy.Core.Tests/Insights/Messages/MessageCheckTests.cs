using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;

namespace Empathy.Core.Tests.Insights.Messages;

public class MessageCheckTests
{
    private static readonly MessageCheck Check = new();

    [Theory]
    [InlineData("You always leave your shoes in the hall.", "message.absolute")]
    [InlineData("You never call me back.", "message.absolute")]
    [InlineData("Why can't you ever be on time?", "message.rhetorical-question")]
    [InlineData("What's wrong with you?", "message.rhetorical-question")]
    [InlineData("Why are you always so cold!", "message.rhetorical-question")]
    [InlineData("You're such a liar.", "message.label")]
    [InlineData("You're so hurtful!", "message.label")]
    [InlineData("You are being ridiculous.", "message.label")]
    [InlineData("It's all your fault.", "message.blame")]
    [InlineData("You made me miss the train.", "message.blame")]
    [InlineData("You did that on purpose.", "message.blame")]
    public void Check_Accusation_FiresItsRule(string text, string ruleId)
    {
        var result = Check.Check(text);

        Assert.True(result.IsAccusation);
        Assert.Contains(result.Findings, f => f.RuleId == ruleId);
    }

    [Theory]
    [InlineData("When you don't speak, I feel uneasy.")]
    [InlineData("What you just said made me feel very sad.")]
    [InlineData("You always know how to make me laugh.")]
    [InlineData("You're such a good cook.")]
    [InlineData("You never know what the weather will do.")]
    [InlineData("I always get nervous before we talk about money.")]
    [InlineData("Yesterday you said 'you never listen'. I'd like to understand what you meant.")]
    [InlineData("It's not your fault.")]
    [InlineData("Can we meet at six?")]
    public void Check_Statement_IsNotAnAccusation(string text) =>
        Assert.False(Check.Check(text).IsAccusation, string.Join(", ", Check.Check(text).Findings.Select(f => f.Phrase)));

    [Theory]
    [InlineData(2)] // a few matches: picked in one pass
    [InlineData(40)] // more matches than one pass picks (ScanView.MaxSelected): counted, then built
    public void Check_ManySentences_FindWhatEachSentenceFindsAlone(int repeats)
    {
        string[] sentences = ["You never call me back. ", "You always know how to make me laugh. ", "It's all your fault. "];
        var text = string.Concat(Enumerable.Repeat(string.Concat(sentences), repeats));

        var expected = new List<(string RuleId, int Start, int Length)>();
        var offset = 0;
        for (var r = 0; r < repeats; r++)
        {
            foreach (var sentence in sentences)
            {
                expected.AddRange(Check.Check(sentence).Findings.Select(f => (f.RuleId, f.Start + offset, f.Length)));
                offset += sentence.Length;
            }
        }

        var found = Check.Check(text).Findings.Select(f => (f.RuleId, f.Start, f.Length)).ToList();

        Assert.Equal(2 * repeats, found.Count);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Check_Statement_HasNoSuggestion()
    {
        var result = Check.Check("When you don't speak, I feel uneasy.");

        Assert.Null(result.Suggestion);
        Assert.Null(result.Statement);
    }

    [Fact]
    public void Check_YouNever_SuggestsObservationAndRequestFromTheMessage()
    {
        var result = Check.Check("You never listen to me when I talk.");

        Assert.Equal("you don't listen to me", result.Statement!.Observation);
        Assert.Equal("listen to me", result.Statement.Request);
        Assert.Equal([StatementPart.Observation, StatementPart.Request], result.ExtractedParts);
        Assert.StartsWith("When you don't listen to me, I feel [", result.Suggestion);
        Assert.EndsWith("Would you be willing to listen to me?", result.Suggestion);
    }

    [Fact]
    public void Check_OwnFeeling_IsTakenIntoTheSuggestion()
    {
        var result = Check.Check("You always interrupt me and I feel hurt.");

        Assert.Equal("you interrupt me", result.Statement!.Observation);
        Assert.Equal("hurt", result.Statement.Feeling);
        Assert.Contains(StatementPart.Feeling, result.ExtractedParts);
    }

    [Fact]
    public void Check_PastTenseAfterNever_KeepsPlaceholders()
    {
        var result = Check.Check("You never called me back.");

        Assert.Empty(result.ExtractedParts);
        Assert.StartsWith("[", result.Statement!.Observation);
    }

    [Fact]
    public void Check_Label_SuggestsAStatementWithPlaceholders()
    {
        var result = Check.Check("You're so hurtful!");

        Assert.Empty(result.ExtractedParts);
        Assert.Contains("I feel [your feeling", result.Suggestion);
    }

    [Fact]
    public void Check_Statement_RendersAsTheWallsIStatement() =>
        Assert.StartsWith("When you don't listen to me, I feel", Check.Check("You never listen to me.").Statement!.Render());

    [Fact]
    public void Check_CleanMessage_AllocatesNothing()
    {
        const string text = "Could we talk tonight about the holiday plans? I'd like to hear what you think.";
        Check.Check(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Check.Check(text);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Check_Spanish_FlagsAnAccusationAndSuggests()
    {
        var check = new MessageCheck(new InsightOptions { Language = "es" });

        var result = check.Check("Nunca me escuchas cuando hablo.");

        Assert.True(result.IsAccusation);
        Assert.Equal("no me escuchas", result.Statement!.Observation);
        Assert.StartsWith("Cuando no me escuchas, me siento [", result.Suggestion);
    }

    [Theory]
    [InlineData("Eres un egoísta.")]
    [InlineData("¿Por qué nunca recoges tus cosas?")]
    [InlineData("Es culpa tuya.")]
    public void Check_Spanish_Accusations_AreFlagged(string text) =>
        Assert.True(new MessageCheck(new InsightOptions { Language = "es" }).Check(text).IsAccusation);

    [Theory]
    [InlineData("Cuando no contestas, me siento inquieto. ¿Podrías avisarme?")]
    [InlineData("Siempre me haces reír.")]
    [InlineData("No es culpa tuya.")]
    public void Check_Spanish_Statements_AreNotAccusations(string text) =>
        Assert.False(new MessageCheck(new InsightOptions { Language = "es" }).Check(text).IsAccusation);
}
