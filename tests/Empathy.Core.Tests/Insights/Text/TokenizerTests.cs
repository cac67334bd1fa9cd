using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Tests.Insights.Text;

public class TokenizerTests
{
    private static readonly Tokenizer English = LexiconStore.Default("en").Tokenizer;
    private static readonly Tokenizer Spanish = LexiconStore.Default("es").Tokenizer;

    private static Token[] Tokens(string text, Tokenizer? tokenizer = null)
    {
        var buffer = new Token[Tokenizer.MaxTokens(text.Length)];
        var count = (tokenizer ?? English).Tokenize(text, buffer);
        return buffer[..count];
    }

    private static int[] Ids(string text, Tokenizer? tokenizer = null) => [.. Tokens(text, tokenizer).Select(t => t.Id)];

    private static int Id(string word, Tokenizer? tokenizer = null) => Assert.Single(Tokens(word, tokenizer)).Id;

    [Fact]
    public void Tokenize_TypographicAndStraightApostrophes_GiveTheSameTokens()
    {
        Assert.Equal(Ids("you don't care"), Ids("you don\u2019t care"));
        Assert.Equal(Ids("you don't care"), Ids("you don\u02BCt care"));
    }

    [Fact]
    public void Tokenize_Contraction_ExpandsIntoItsWords() =>
        Assert.Equal(Ids("you are such a"), Ids("you're such a"));

    [Fact]
    public void Tokenize_NotContraction_ExpandsToNot()
    {
        Assert.Equal(Ids("do not"), Ids("don't"));
        Assert.Equal(Ids("can not"), Ids("can't"));
        Assert.Equal(Ids("will not"), Ids("won't"));
        Assert.Equal(Ids("can not"), Ids("cannot"));
    }

    [Fact]
    public void Tokenize_ContractionWithoutApostrophe_Expands() =>
        Assert.Equal(Ids("do not"), Ids("dont"));

    [Fact]
    public void Tokenize_ContractionParts_ShareTheWordsSpan()
    {
        var tokens = Tokens("so you're late");

        Assert.Equal(4, tokens.Length);
        Assert.All(tokens[1..3], t => Assert.Equal((3, 6), (t.Start, t.Length)));
    }

    [Fact]
    public void Tokenize_LongestKnownWordWithAnEnding_IsStillSplit()
    {
        const string longest = "congratulations"; // the longest word of en.json (15 letters)

        Assert.Equal(longest.Length, English.Vocabulary.MaxKeyLength);
        Assert.Equal(Ids(longest + " will"), Ids(longest + "'ll"));
    }

    [Fact]
    public void Tokenize_PossessiveS_LeavesTheNoun() =>
        Assert.Equal(Ids("god plan"), Ids("god's plan"));

    [Theory]
    [InlineData("ALWAYS", "always")]
    [InlineData("Always", "always")]
    [InlineData("SELFISH", "selfish")]
    public void Tokenize_IgnoresCase(string upper, string lower)
    {
        Assert.NotEqual(0, Id(lower));
        Assert.Equal(Id(lower), Id(upper));
    }

    [Theory]
    [InlineData("I")]
    [InlineData("I.")]
    [InlineData("Always")]
    [InlineData("Always, he said")]
    [InlineData("Everyone's")]
    [InlineData("Dont")]
    [InlineData("Congratulations")]
    [InlineData("Congratulationsss")]
    [InlineData("Caf\u00e9")]
    public void Tokenize_CapitalFirstLetter_ReadsAsTheLowerCaseWord(string text)
    {
        // Texts long enough for the sixteen-character reading, and short ones, at the end of the text and before punctuation.
        var lower = char.ToLowerInvariant(text[0]) + text[1..];
        foreach (var (written, expected) in new[] { (text, lower), (text + " and a long tail of words", lower + " and a long tail of words") })
        {
            var tokens = Tokens(written);
            Assert.Equal(Ids(expected), tokens.Select(t => t.Id));
            Assert.Equal(Tokens(expected).Select(t => (t.Start, t.Length, t.Flags)), tokens.Select(t => (t.Start, t.Length, t.Flags)));
        }
    }

    [Fact]
    public void Tokenize_FoldsAccents() =>
        Assert.Equal(Id("jamás", Spanish), Id("JAMAS", Spanish));

    [Fact]
    public void Tokenize_UnknownWord_HasIdZero() => Assert.Equal(0, Id("zebra"));

    [Fact]
    public void Tokenize_HyphenInsideAWord_JoinsWithoutABreak()
    {
        var tokens = Tokens("self-harm");

        Assert.Equal(2, tokens.Length);
        Assert.False(tokens[1].Has(TokenFlags.BreakBefore));
        Assert.Equal(Ids("self harm"), tokens.Select(t => t.Id).ToArray());
    }

    [Fact]
    public void Tokenize_Comma_BreaksTheClause()
    {
        var tokens = Tokens("you, always");

        Assert.True(tokens[1].Has(TokenFlags.BreakBefore));
        Assert.False(tokens[1].Has(TokenFlags.SentenceBefore));
    }

    [Fact]
    public void Tokenize_FullStop_BreaksTheSentence() =>
        Assert.True(Tokens("late. always")[1].Has(TokenFlags.SentenceBefore));

    [Theory]
    [InlineData("she said \"you are lazy\" and left")]
    [InlineData("she said \u201Cyou are lazy\u201D and left")]
    [InlineData("she said 'you are lazy' and left")]
    [InlineData("she said \u2018you are lazy\u2019 and left")]
    [InlineData("she said \u00AByou are lazy\u00BB and left")]
    public void Tokenize_QuotedWords_AreMarked(string text)
    {
        var quoted = Tokens(text).Select(t => t.Has(TokenFlags.Quoted)).ToArray();

        Assert.Equal([false, false, true, true, true, false, false], quoted);
    }

    [Fact]
    public void Tokenize_ApostropheInsideAQuotedWord_DoesNotCloseTheQuote()
    {
        var tokens = Tokens("she said 'don't be lazy' twice");

        Assert.True(tokens[^2].Has(TokenFlags.Quoted)); // "lazy"
        Assert.False(tokens[^1].Has(TokenFlags.Quoted)); // "twice"
    }

    [Fact]
    public void Tokenize_StrayQuoteMark_QuotesNothing() =>
        Assert.DoesNotContain(Tokens("he said \"you are lazy and left"), t => t.Has(TokenFlags.Quoted));

    [Fact]
    public void Tokenize_NewLine_EndsAnOpenQuotation() =>
        Assert.False(Tokens("\"first line\nsecond\" line")[2].Has(TokenFlags.Quoted));

    [Theory]
    [InlineData("Ahora mismo, como hace a\u00f1os, todav\u00eda paseo al perro.")]
    [InlineData("She said \u201Cyou\u2019re ALWAYS late\u201D and I didn't answer.")]
    public void Tokenize_SecondCall_AllocatesNothing(string text)
    {
        // The second call, before the runtime has optimised the code: a lookup must not allocate even then.
        var buffer = new Token[Tokenizer.MaxTokens(text.Length)];
        Spanish.Tokenize(text, buffer);
        English.Tokenize(text, buffer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Spanish.Tokenize(text, buffer);
        English.Tokenize(text, buffer);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Tokenize_AnyText_WritesAtMostMaxTokens()
    {
        var random = new Random(4);
        const string alphabet = "ab'’ \"-.,im dont you're";
        for (var run = 0; run < 2000; run++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var buffer = new Token[Tokenizer.MaxTokens(text.Length) + 8];

            var count = English.Tokenize(text, buffer);

            Assert.True(count <= Tokenizer.MaxTokens(text.Length), $"'{text}' gave {count} tokens.");
        }
    }
}
