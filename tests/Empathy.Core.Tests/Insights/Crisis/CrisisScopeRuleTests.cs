using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;

namespace Empathy.Core.Tests.Insights.Crisis;

/// <summary>
/// The scope rules that tell the writer's own crisis words from consoling, quoting and talking about
/// the topic: clause breaks, time read near the phrase, the reader or another person named inside a
/// phrase or as a quotation's speaker, topic words with no one named, Spanish verb endings, and a
/// privative after a negation (a double negation). Each
/// rule in English and Spanish.
/// </summary>
public class CrisisScopeRuleTests
{
    private static readonly CrisisDetector English = new();
    private static readonly CrisisDetector Spanish = new(new InsightOptions { Language = "es" });

    private static CrisisDetector For(string language) => language == "es" ? Spanish : English;

    [Theory]
    [InlineData("en", "I'm not sure if it is normal to consider suicide.")]
    [InlineData("es", "No sé si es normal querer morir.")]
    public void ClauseBreak_EndsANegation_SoTheWritersWordsRaiseTheFlag(string language, string text)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.False(mention.IsNegated);
        Assert.True(mention.RaisesFlag);
    }

    [Theory]
    [InlineData("en", "Two years ago I planned it, and now I am planning to kill myself tonight.")]
    [InlineData("es", "Hace años lo planeé, y esta noche quiero matarme.")]
    public void PresentWord_NearerThanAPastOne_KeepsTheMentionCurrent(string language, string text)
    {
        var mentions = For(language).Mentions(text);

        Assert.Contains(mentions, m => m.Time == CrisisTime.Current && m.RaisesFlag);
        Assert.NotNull(For(language).Detect(text));
    }

    [Theory]
    [InlineData("en", "i used to have goals and plans and friends and a job and a car and a home but day after day gets worse and i just want it all to end")]
    [InlineData("es", "solía tener metas y planes y amigos y trabajo y coche y casa pero la vida pesa más y más y lo único que quiero es morir")]
    public void PastWord_FarFromThePhrase_InAnUnpunctuatedPost_DoesNotMakeItPast(string language, string text)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.Equal(CrisisTime.Current, mention.Time);
        Assert.True(mention.RaisesFlag);
    }

    [Theory]
    [InlineData("en", "Please don't end your life.")]
    [InlineData("es", "Por favor, no quieras acabar con tu vida.")]
    public void ReaderNamedInsideThePhrase_IsTheReader(string language, string text)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.Equal(CrisisPerson.Reader, mention.Person);
        Assert.Null(For(language).Detect(text));
    }

    [Theory]
    [InlineData("en", "Suicidal thoughts are common in teenagers.")]
    [InlineData("en", "What is self-harm?")]
    [InlineData("es", "Los pensamientos suicidas son frecuentes.")]
    [InlineData("es", "¿Qué es una autolesión?")]
    [InlineData("en", "What is suicidal ideation?")]
    [InlineData("es", "¿Qué es la ideación suicida?")]
    public void TopicWord_WithNoOneNamed_IsUnnamedAndDoesNotRaiseTheFlag(string language, string text)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.Equal(CrisisPerson.Unnamed, mention.Person);
        Assert.False(mention.RaisesFlag);
        Assert.Null(For(language).Detect(text));
    }

    [Theory]
    [InlineData("en", "I have suicidal thoughts.")]
    [InlineData("en", "I guess it helps to talk about these suicidal thoughts.")]
    [InlineData("es", "Tengo pensamientos suicidas.")]
    [InlineData("es", "Yo creo que hablar de estos pensamientos suicidas me ayuda.")]
    public void TopicWord_WithTheWriterInItsSentence_RaisesTheFlag(string language, string text)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.Equal(CrisisPerson.Self, mention.Person);
        Assert.NotNull(For(language).Detect(text));
    }

    [Theory]
    [InlineData("en", "She said \"I want to die\" and then laughed.", CrisisPerson.Another)]
    [InlineData("en", "\"I want to die,\" she told me.", CrisisPerson.Another)]
    [InlineData("en", "I keep thinking \"I want to die\" all day.", CrisisPerson.Self)]
    [InlineData("es", "Ella dijo: \"quiero morir\".", CrisisPerson.Another)]
    [InlineData("es", "Yo no paro de pensar \"quiero morir\".", CrisisPerson.Self)]
    public void QuotedPhrase_BelongsToItsSpeaker(string language, string text, CrisisPerson person)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.Equal(person, mention.Person);
        Assert.Equal(person == CrisisPerson.Self, mention.RaisesFlag);
    }

    [Theory]
    [InlineData("en", "My mother attempted suicide.", "mother")]
    [InlineData("en", "A friend of mine wants to die.", "friend")]
    [InlineData("es", "Mi abuela tiene pensamientos suicidas.", "tiene")]
    [InlineData("es", "Mi amiga dice que quiere morir.", "")]
    public void AnotherPerson_NamedByANounOrAVerbEnding_IsAnother(string language, string text, string words)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.Equal(CrisisPerson.Another, mention.Person);
        Assert.Equal(words, mention.ScopeWords);
        Assert.Null(For(language).Detect(text));
    }

    [Theory]
    [InlineData("es", "Nunca he querido morir.", true)]
    [InlineData("es", "No quiero seguir viviendo así.", false)]
    [InlineData("es", "Mi amiga dice que tengo pensamientos suicidas.", false)]
    public void Spanish_VerbEnding_NamesTheWriter_WithoutHidingANegation(string language, string text, bool negated)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.Equal(CrisisPerson.Self, mention.Person);
        Assert.Equal(negated, mention.IsNegated);
    }

    [Theory]
    [InlineData("en", "I can't get through a single day without thinking about killing myself.")] // double negation
    [InlineData("en", "I haven't had a night without wanting to die.")]
    [InlineData("es", "No paso un día sin pensar en suicidarme.")]
    [InlineData("es", "Nunca hay una noche sin ganas de morir.")]
    [InlineData("en", "How do I get through tonight without killing myself?")] // alone: the writer's own struggle
    [InlineData("es", "¿Cómo paso esta noche sin suicidarme?")]
    public void Privative_AfterANegationOrAlone_IsNoDenial(string language, string text)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.False(mention.IsNegated);
        Assert.True(mention.RaisesFlag);
    }

    [Theory]
    [InlineData("en", "I have never wanted to die, without a doubt.")]
    [InlineData("es", "Nunca he querido morir, sin duda.")]
    public void Privative_AfterThePhrase_LeavesTheNegation(string language, string text)
    {
        var mention = Assert.Single(For(language).Mentions(text));

        Assert.True(mention.IsNegated);
        Assert.Null(For(language).Detect(text));
    }

    [Theory]
    [InlineData("en", "The only reason I didn't kill myself is my dog.")]
    [InlineData("es", "La única razón por la que no me he matado es mi perro.")]
    public void OnlyReasonIDidNot_IsAnAffirmation(string language, string text)
    {
        var signal = For(language).Detect(text);

        Assert.NotNull(signal);
        Assert.All(signal.Mentions, m => Assert.False(m.IsNegated));
    }

    [Theory]
    [InlineData("en", "Right now, as years ago, I still walk the dog again today, if that is fine.")]
    [InlineData("es", "Ahora mismo, como hace años, todavía paseo al perro otra vez hoy, si te parece.")]
    public void CleanText_WithTimeAndClauseWords_AllocatesNothing(string language, string text)
    {
        var detector = For(language);
        detector.Detect(text); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var signal = detector.Detect(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(signal);
        Assert.Equal(0, allocated);
    }
}
