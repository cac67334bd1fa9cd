using System.Text;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;
using Empathy.Core.Tests.Insights.Evaluation;

namespace Empathy.Core.Tests.Insights.Text;

/// <summary>
/// The tokenizer reads 64 characters at a time through bit masks and falls back to reading one
/// character at a time for anything the masks cannot decide. Both readings must give the same tokens,
/// flags and work count on any text: these tests compare them on our labelled sets and on texts
/// written to fall on the block reading's edges.
/// </summary>
public class BlockReadingTests
{
    private static readonly Tokenizer English = LexiconStore.Default("en").Tokenizer;
    private static readonly Tokenizer Spanish = LexiconStore.Default("es").Tokenizer;

    private static void AssertSameAsByCharacters(string text, Tokenizer? tokenizer = null, int? room = null)
    {
        tokenizer ??= English;
        var size = room ?? Tokenizer.MaxTokens(text.Length);
        var byBlocks = new Token[size];
        var byCharacters = new Token[size];

        ScanWork.Reset();
        var blockCount = tokenizer.Tokenize(text, byBlocks);
        var blockWork = ScanWork.Steps;
        ScanWork.Reset();
        var characterCount = tokenizer.TokenizeByCharacters(text, byCharacters);
        var characterWork = ScanWork.Steps;

        Assert.True(
            byCharacters.AsSpan(0, characterCount).SequenceEqual(byBlocks.AsSpan(0, blockCount)),
            $"The two readings differ on \"{text}\" (room {size}):\n by characters: {Describe(text, byCharacters[..characterCount])}\n by blocks:     {Describe(text, byBlocks[..blockCount])}");
        Assert.Equal(characterWork, blockWork);
    }

    private static string Describe(string text, Token[] tokens) =>
        string.Join(" | ", tokens.Select(t => $"{text.Substring(t.Start, t.Length)}:{t.Id}:{t.Flags}"));

    public static TheoryData<string> LabelledSets() => ["observation", "message", "reply", "crisis", "observation.es", "message.es", "reply.es", "crisis.es"];

    [Theory]
    [MemberData(nameof(LabelledSets))]
    public void Tokenize_LabelledTexts_ReadsAsByCharacters(string set)
    {
        var tokenizer = set.EndsWith(".es", StringComparison.Ordinal) ? Spanish : English;
        foreach (var sample in EvaluationSet.Load(set))
        {
            AssertSameAsByCharacters(sample.Text, tokenizer);

            // The same text shifted by every offset within a block, so each of its words also falls on a block's edge.
            for (var shift = 1; shift < CharBlock.Length; shift += 7)
            {
                AssertSameAsByCharacters(new string(' ', shift) + sample.Text, tokenizer);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   \t\t  \n ")]
    [InlineData("a")]
    [InlineData("I")]
    [InlineData("I'm")]
    [InlineData("don't")]
    [InlineData("don't.")]
    [InlineData("'")]
    [InlineData("'fine'")]
    [InlineData("boys' bikes")]
    [InlineData("it\u2019s")]
    [InlineData("it\u02BCs \u2018quoted\u2019 and `ticks` and \u00B4acute\u00B4")]
    [InlineData("self-harm and - a dash -and- -")]
    [InlineData("ALWAYS NeVeR iPhone CONGRATULATIONS Congratulations congratulations'll")]
    [InlineData("caf\u00e9 jam\u00c1s ni\u00f1o na\u0308ive \u00e9a a\u00e9")]
    [InlineData("\ud83d\ude00 emoji \ud83d\ude00word word\ud83d\ude00 \ud83d")]
    [InlineData("line one\r\nline two\rline three\u2029four")]
    [InlineData("\"open quote never closed")]
    [InlineData("he said \"you are lazy\" and \u201Cyou never\u201D and \u00ABalways\u00BB.")]
    [InlineData("Why? Because! Yes... no\u2026 \u00bfQu\u00e9? \u00a1Nunca!")]
    [InlineData("u r so dumb ur an idiot im fine dont cant")]
    [InlineData("12 345 9:15 1st 2nd")]
    [InlineData("a\u00a0b\u2003c\u3000d")]
    public void Tokenize_EdgeTexts_ReadsAsByCharacters(string text)
    {
        AssertSameAsByCharacters(text);
        for (var shift = 1; shift < CharBlock.Length + 8; shift++)
        {
            AssertSameAsByCharacters(new string('x', 0) + new string(' ', shift) + text);
            AssertSameAsByCharacters(new string('y', shift) + " " + text);
            AssertSameAsByCharacters(text + new string(' ', shift) + text);
        }
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    [InlineData(5000)]
    public void Tokenize_WordsLongerThanABlock_ReadAsByCharacters(int length)
    {
        var word = new string('a', length);
        AssertSameAsByCharacters(word);
        AssertSameAsByCharacters("so " + word + " said");
        AssertSameAsByCharacters("so " + word + "'s. " + word.ToUpperInvariant());
        AssertSameAsByCharacters(word + "\u00e9" + word);
    }

    [Fact]
    public void Tokenize_RandomTexts_ReadAsByCharacters()
    {
        // Pieces that exercise every class of character the masks tell apart, and the slow ones.
        string[] pieces =
        [
            "a", "I", "you", "Always", "NEVER", "don't", "don\u2019t", "I'm", "it`s", "o'", "'", "\u2019", "\u2018", "\u02BC", "\u00B4",
            " ", "  ", "\t", "\n", "\r\n", "\u2029", "\u00a0", ".", ",", ";", ":", "!", "?", "\u2026", "-", "--", "\"", "\u201C", "\u201D",
            "\u00AB", "\u00BB", "\u201E", "\u2039", "\u203A", "(", ")", "\u00e9", "\u00f1", "\u0301", "\ud83d\ude00", "\ud83d", "9", "15",
            "congratulations", "supercalifragilistic", "self-harm", "ur", "dont", "cannot", "x",
        ];
        var random = new Random(16);
        var text = new StringBuilder();
        for (var run = 0; run < 3000; run++)
        {
            text.Clear();
            var count = random.Next(0, 80);
            for (var k = 0; k < count; k++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var written = text.ToString();
            AssertSameAsByCharacters(written);
            AssertSameAsByCharacters(written, Spanish);
        }
    }

    [Fact]
    public void Tokenize_ManyTokens_ReadsAsByCharacters()
    {
        var text = string.Concat(Enumerable.Repeat("You're ALWAYS late, don\u2019t you think? I'm sure. ", 600));

        AssertSameAsByCharacters(text);
        Assert.True(English.Tokenize(text, new Token[Tokenizer.MaxTokens(text.Length)]) > 4096);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(40)]
    public void Tokenize_TooLittleRoom_StopsWhereByCharactersStops(int room)
    {
        AssertSameAsByCharacters("You're ALWAYS late, don\u2019t you think? I'm sure you can't. " + new string(' ', 70) + "so dont", room: room);
    }
}
