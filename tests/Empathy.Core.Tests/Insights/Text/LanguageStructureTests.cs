using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Tests.Insights.Text;

/// <summary>
/// The shared language structure, one rule at a time, in English and Spanish: negation, person and
/// tense scope (read for any check's phrase, not only crisis), filler words inside a phrase, word
/// forms, text-speak and typos, and idiom exceptions that must hold a match whole.
/// </summary>
public class LanguageStructureTests
{
    private static readonly CrisisDetector English = new();
    private static readonly CrisisDetector Spanish = new(new InsightOptions { Language = "es" });

    private static CrisisDetector Detector(string language) => language == "es" ? Spanish : English;

    // The scope of every observation finding, read by the shared reader: proof that any check can use it.
    private static PhraseScope[] ObservationScopes(string text, string language)
    {
        var lexicon = LexiconStore.Default(language);
        var scanner = new TextScanner(lexicon.Tokenizer, lexicon.Observation!.Matcher, skipQuoted: true, maxCharacters: 10_000);
        return scanner.Scan(text, lexicon.Scope, ReadScopes, []);
    }

    private static PhraseScope[] ReadScopes(in ScanView view, in ScopeWords words)
    {
        var scopes = new List<PhraseScope>();
        foreach (ref readonly var match in view.Matches)
        {
            if (view.Stands(match, RuleRole.Finding))
            {
                scopes.Add(ScopeReader.Read(view, match, words));
            }
        }

        return [.. scopes];
    }

    [Theory]
    [InlineData("en", "She is not lazy.", "Another", true)]
    [InlineData("en", "She is lazy.", "Another", false)]
    [InlineData("es", "Ella no es egoísta.", "Another", true)]
    [InlineData("es", "Ella es egoísta.", "Another", false)]
    public void Scope_OfAnObservationFinding_IsReadByTheSharedRules(string language, string text, string person, bool negated)
    {
        var scope = Assert.Single(ObservationScopes(text, language));

        Assert.Equal((Enum.Parse<ScopePerson>(person), negated), (scope.Person, scope.IsNegated));
    }

    [Theory]
    [InlineData("en", "I have never wanted to die.", true)]
    [InlineData("en", "I can't stop thinking about killing myself.", false)]
    [InlineData("en", "I don't know why, but I want to die.", false)]
    [InlineData("es", "Nunca he querido morir.", true)]
    [InlineData("es", "No puedo dejar de pensar en suicidarme.", false)]
    public void Negation_BeforeThePhrase_UnlessLiftedOrInAnotherClause(string language, string text, bool negated)
    {
        var mentions = Detector(language).Mentions(text);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(negated, m.IsNegated));
    }

    [Theory]
    [InlineData("en", "My sister says she wants to die.", CrisisPerson.Another)]
    [InlineData("en", "If you ever feel like you want to die, talk to me.", CrisisPerson.Reader)]
    [InlineData("en", "I want to die.", CrisisPerson.Self)]
    [InlineData("es", "Mi amiga dice que quiere morir.", CrisisPerson.Another)]
    [InlineData("es", "Si alguna vez tú quieres morir, llámame.", CrisisPerson.Reader)]
    [InlineData("es", "Quiero morir.", CrisisPerson.Self)]
    public void Person_IsTheNearestSubjectBeforeThePhrase(string language, string text, CrisisPerson person) =>
        Assert.All(Detector(language).Mentions(text), m => Assert.Equal(person, m.Person));

    [Theory]
    [InlineData("en", "Back then I wanted to die.", CrisisTime.Past)]
    [InlineData("en", "I used to want to die.", CrisisTime.Past)]
    [InlineData("en", "Tonight I want to die.", CrisisTime.Current)]
    [InlineData("es", "Hace años quería morir.", CrisisTime.Past)]
    [InlineData("es", "Cuando tenía quince años quería morir.", CrisisTime.Past)]
    [InlineData("es", "Esta noche quiero morir.", CrisisTime.Current)]
    public void Tense_APastPhraseInTheSentence_MakesItPast(string language, string text, CrisisTime time)
    {
        var mentions = Detector(language).Mentions(text);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(time, m.Time));
    }

    [Theory]
    [InlineData("en", "I want to fucking die.")]
    [InlineData("en", "I want to just really die.")]
    [InlineData("en", "I really fucking want to die.")]
    [InlineData("es", "Quiero realmente morir.")]
    [InlineData("es", "Me quiero ya morir.")]
    public void Fillers_UpToTwoInsideAPhrase_StillMatch(string language, string text)
    {
        var signal = Detector(language).Detect(text);

        Assert.NotNull(signal);
        var finding = Assert.Single(signal.Findings);
        Assert.DoesNotContain("really", finding.Phrase, StringComparison.Ordinal); // the phrase is the lexicon's, the span covers the fillers
    }

    [Theory]
    [InlineData("en", "I want to really really really die.")]
    [InlineData("en", "I want to see him die in the film.")]
    [InlineData("es", "Quiero ver morir al villano.")]
    public void Fillers_MoreThanTwoOrOtherWords_DoNotMatch(string language, string text) =>
        Assert.Null(Detector(language).Detect(text));

    [Fact]
    public void Fillers_AreInsideTheFindingsSpan()
    {
        const string text = "I want to fucking die";
        var finding = Assert.Single(English.Detect(text)!.Findings);

        Assert.Equal("want to fucking die", text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("en", "I keep wishing I were dead.")]
    [InlineData("en", "My friend killed herself last spring.", false)]
    [InlineData("en", "I hanged myself once but the rope broke, and I want to try again.")]
    [InlineData("es", "Quisiera morirme.")]
    [InlineData("es", "Quería matarme.")]
    public void Inflections_AnyListedFormOfAWord_Matches(string language, string text, bool raises = true)
    {
        var mentions = Detector(language).Mentions(text);

        Assert.NotEmpty(mentions);
        Assert.Equal(raises, mentions.Any(m => m.RaisesFlag));
    }

    [Theory]
    [InlineData("en", "i dont want to live anymore")]
    [InlineData("en", "honestly i just wanna kms")]
    [InlineData("en", "ur all better off without me")]
    [InlineData("es", "kiero morir")]
    [InlineData("es", "no kiero vivir xq nada tiene sentido")]
    public void TextSpeak_IsReadAsTheWordsItStandsFor(string language, string text) =>
        Assert.NotNull(Detector(language).Detect(text));

    [Theory]
    [InlineData("ur such a liar", "you're such a liar")]
    [InlineData("u r such a liar", "you're such a liar")]
    [InlineData("ur an idiot", "you are an idiot")]
    public void TextSpeak_ReadsTheSameForEveryCheck(string textSpeak, string written)
    {
        var messages = new MessageCheck();

        Assert.Equal(
            messages.Check(written).Findings.Select(f => f.RuleId),
            messages.Check(textSpeak).Findings.Select(f => f.RuleId));
        Assert.True(messages.Check(textSpeak).IsAccusation);
    }

    [Fact]
    public void Typos_AreReadAsTheWordTheyMisspell()
    {
        var tokenizer = LexiconStore.Default("en").Tokenizer;
        var ids = (string text) =>
        {
            var buffer = new Token[text.Length];
            return buffer[..tokenizer.Tokenize(text, buffer)].Select(t => t.Id).ToArray();
        };

        Assert.Equal(ids("because"), ids("becuase"));
        Assert.Equal(ids("a lot"), ids("alot"));
        Assert.Equal(ids("you are"), ids("ur"));
    }

    [Theory]
    [InlineData("en", "I wanted to die for weeks after the divorce.", true)]
    [InlineData("en", "That chocolate cake is to die for.", false)]
    [InlineData("en", "I wanted to die of embarrassment when I tripped.", false)]
    [InlineData("en", "I am so tired of living in this city.", false)]
    [InlineData("en", "I am so tired of living.", true)]
    [InlineData("es", "Me quiero morir de vergüenza.", false)]
    [InlineData("es", "Estoy cansada de vivir en esta ciudad.", false)]
    [InlineData("es", "Estoy cansada de vivir.", true)]
    public void Idioms_CancelOnlyTheMatchesTheyHoldWhole(string language, string text, bool raises) =>
        Assert.Equal(raises, Detector(language).Detect(text) is not null);
}
