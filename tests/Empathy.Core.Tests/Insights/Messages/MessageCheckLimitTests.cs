using System.Text;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Walls;

namespace Empathy.Core.Tests.Insights.Messages;

/// <summary>
/// The suggested I-statement is a <see cref="FeelingStatement"/>, whose parts refuse more than
/// <see cref="FeelingStatement.MaxPartLength"/> characters: whatever the message and the settings, the check
/// must build parts within it, so that it returns a result instead of throwing.
/// </summary>
public class MessageCheckLimitTests
{
    private static readonly string[] EnglishMarkers =
        ["you never ", "you always ", "you keep ", "when you ", "why can't you ", "i need ", "could you ", "please ", "i feel ", "i am so "];

    private static readonly string[] SpanishMarkers = ["nunca ", "siempre ", "necesito ", "por favor ", "me siento ", "estoy "];

    public static TheoryData<string, int, int> Settings => new()
    {
        { "en", 24, 200 },
        { "en", 200, 2000 },
        { "es", 200, 2000 },
        { "en", 1, 10 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Check_OfAnyMessage_BuildsEveryPartWithinTheStatementsLimit(string language, int words, int characters)
    {
        var check = new MessageCheck(new InsightOptions { Language = language, MaxStatementPartWords = words, MaxStatementPartCharacters = characters });
        var markers = language == "en" ? EnglishMarkers : SpanishMarkers;
        var random = new Random(20261205);
        for (var round = 0; round < 300; round++)
        {
            var text = Message(random, markers);

            var result = check.Check(text);

            Assert.True(result.IsAccusation || result.Statement is null, $"round {round}");
            if (result.Statement is { } statement)
            {
                foreach (var part in result.ExtractedParts)
                {
                    var value = part switch
                    {
                        StatementPart.Observation => statement.Observation,
                        StatementPart.Feeling => statement.Feeling,
                        StatementPart.Need => statement.Need,
                        _ => statement.Request,
                    };

                    // The message's words, and the few its language writes before them ("you don't").
                    Assert.True(value!.Length <= characters + 12, $"round {round}: the {part} has {value.Length} characters, over the {characters} it may take");
                }
            }
        }
    }

    [Fact]
    public void Check_OfAClauseOfOneWordLongerThanThePartLimit_LeavesThePlaceholder()
    {
        var check = new MessageCheck(new InsightOptions { MaxStatementPartCharacters = 2000, MaxStatementPartWords = 200 });

        var result = check.Check("You never " + new string('a', FeelingStatement.MaxPartLength + 10) + ".");

        Assert.True(result.IsAccusation);
        Assert.DoesNotContain(StatementPart.Observation, result.ExtractedParts);
    }

    [Fact]
    public void Options_WithACustomFeelingWordLongerThanAWordCanBe_AreRefusedNamingIt()
    {
        // Longer than a word the checks read, let alone a statement part: it could never be matched, so it is refused, not ignored.
        var word = new string('z', FeelingStatement.MaxPartLength + 10);
        var options = new InsightOptions { MaxStatementPartCharacters = 2000 };
        options.WordClass("feeling").Add(word);

        var problem = Assert.Single(options.Validate());
        var error = Assert.Throws<ArgumentException>(() => new MessageCheck(options));

        Assert.Contains("'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz…' in word class 'feeling' has a word of 2510 characters; a lexicon word may have at most 64", problem, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(1_000_000)] // InsightOptions.MaxTextCharacters, the default
    public void Check_OfALongAccusingMessage_ReturnsAResult(int length)
    {
        var text = Repeat("You never listen to me and you always interrupt me. I feel tired. ", length);

        var result = new MessageCheck().Check(text);

        Assert.True(result.IsAccusation);
        Assert.NotNull(result.Suggestion);
    }

    [Fact]
    public void Check_OfAMessageOverMaxTextCharacters_IsRefusedNamingTheLimit()
    {
        var text = Repeat("You never listen to me. ", 1024 * 1024);

        var error = Assert.Throws<ArgumentException>(() => new MessageCheck().Check(text));

        Assert.Contains("1000000", error.Message.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string Repeat(string sentence, int length)
    {
        var text = new StringBuilder(length + sentence.Length);
        while (text.Length < length)
        {
            text.Append(sentence);
        }

        return text.ToString(0, length);
    }

    // Markers followed by runs of long words, long gaps, contractions and marks that do or do not end a clause.
    private static string Message(Random random, string[] markers)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, 8);
        for (var p = 0; p < pieces; p++)
        {
            text.Append(markers[random.Next(markers.Length)]);
            var words = random.Next(0, 400);
            for (var w = 0; w < words; w++)
            {
                text.Append(random.Next(12) switch
                {
                    0 => new string('x', random.Next(1, 3_000)),
                    1 => "don't",
                    2 => "nobody'll",
                    3 => new string(' ', random.Next(1, 3_000)),
                    4 => "caf\u00E9",
                    5 => "e\u0301\u0301\u0301",
                    6 => "\u00A0",
                    7 => "sad",
                    _ => "listen",
                });
                text.Append(random.Next(20) == 0 ? ", " : " ");
            }

            text.Append(random.Next(3) == 0 ? ". " : " ");
        }

        return text.ToString();
    }
}
