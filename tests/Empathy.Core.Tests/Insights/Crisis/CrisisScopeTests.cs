using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Observations;

namespace Empathy.Core.Tests.Insights.Crisis;

/// <summary>Each scope rule of a crisis phrase (person, negation, time), in English and Spanish.</summary>
public class CrisisScopeTests
{
    private static readonly CrisisDetector English = new();
    private static readonly CrisisDetector Spanish = new(new InsightOptions { Language = "es" });

    [Theory]
    [InlineData("I want to die.")]
    [InlineData("Honestly, I want to die tonight.")]
    [InlineData("Everyone would be better off without me.")]
    public void FirstPersonCurrent_RaisesTheFlag(string text)
    {
        var mentions = English.Mentions(text);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.True(m.RaisesFlag));
        Assert.NotNull(English.Detect(text));
    }

    [Theory]
    [InlineData("My friend told me that she wants to die.", CrisisPerson.Another, "she")]
    [InlineData("My brother wants to die.", CrisisPerson.Another, "brother")]
    [InlineData("If you ever want to die, call me first.", CrisisPerson.Reader, "you")]
    [InlineData("She tried to kill herself.", CrisisPerson.Another, "")]
    public void AnotherPersonOrTheReader_IsReportedButDoesNotRaiseTheFlag(string text, CrisisPerson person, string words)
    {
        var mention = Assert.Single(English.Mentions(text));

        Assert.Equal(person, mention.Person);
        Assert.Equal(words, mention.ScopeWords);
        Assert.False(mention.RaisesFlag);
        Assert.Null(English.Detect(text));
    }

    [Fact]
    public void Negation_BeforeThePhrase_IsReportedAsNegated()
    {
        var mention = Assert.Single(English.Mentions("I have never wanted to die."));

        Assert.True(mention.IsNegated);
        Assert.Equal("never", mention.ScopeWords);
        Assert.Null(English.Detect("I have never wanted to die."));
    }

    [Fact]
    public void Negation_InAnotherClause_DoesNotNegate()
    {
        var mention = Assert.Single(English.Mentions("You never listen and I want to die."));

        Assert.False(mention.IsNegated);
        Assert.True(mention.RaisesFlag);
    }

    [Fact]
    public void PastMarker_InTheSentence_MakesItPast()
    {
        const string text = "Years ago, when I was 15, I wanted to die.";
        var mention = Assert.Single(English.Mentions(text));

        Assert.Equal(CrisisTime.Past, mention.Time);
        Assert.Null(English.Detect(text));
    }

    [Fact]
    public void Mention_NamesItsSentence_AsASpan()
    {
        const string text = "The bus was late. My brother wants to die. Then it rained.";
        var mention = Assert.Single(English.Mentions(text));

        Assert.Equal("My brother wants to die", text.Substring(mention.SentenceStart, mention.SentenceLength));
    }

    [Fact]
    public void CheckResult_KeepsTheMentionThatDidNotRaiseTheFlag()
    {
        var result = new ObservationCheck().Check("My friend said she wants to die.");

        Assert.False(result.HasCrisisSignal);
        Assert.Equal(CrisisPerson.Another, Assert.Single(result.CrisisMentions).Person);
    }

    [Theory]
    [InlineData("No quiero seguir viviendo.", CrisisPerson.Self, false, CrisisTime.Current)]
    [InlineData("Mi hermana habla de suicidio.", CrisisPerson.Another, false, CrisisTime.Current)]
    [InlineData("Hace años pensaba en el suicidio.", CrisisPerson.Self, false, CrisisTime.Past)]
    public void Spanish_Scope(string text, CrisisPerson person, bool negated, CrisisTime time)
    {
        var mention = Assert.Single(Spanish.Mentions(text));

        Assert.Equal((person, negated, time), (mention.Person, mention.IsNegated, mention.Time));
    }

    [Fact]
    public void Spanish_NegationBeforeThePhrase_IsNegated()
    {
        var mentions = Spanish.Mentions("Nunca he pensado en suicidarme.");

        Assert.All(mentions, m => Assert.True(m.IsNegated));
        Assert.Null(Spanish.Detect("Nunca he pensado en suicidarme."));
    }
}
