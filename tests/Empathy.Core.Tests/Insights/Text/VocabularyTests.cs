using Empathy.Core.Insights.Text;

namespace Empathy.Core.Tests.Insights.Text;

public class VocabularyTests
{
    // Words that share their length and their first and last four characters, told apart only by the middle.
    private static readonly Dictionary<string, int[]> Entries = new(StringComparer.Ordinal)
    {
        ["a"] = [1],
        ["ab"] = [2],
        ["ba"] = [3],
        ["abcd"] = [4],
        ["abcdefgh"] = [5],
        ["abcdxefgh"] = [6],
        ["abcdyefgh"] = [7],
        ["abcdxyzwvefgh"] = [8],
        ["cannot"] = [9, 10],
    };

    private static readonly Vocabulary Table = new(Entries, 10);

    [Fact]
    public void Find_EveryWord_GivesItsOwnId()
    {
        foreach (var (word, ids) in Entries.Where(e => e.Value.Length == 1))
        {
            Assert.Equal(ids[0], Table.Find(word));
        }
    }

    [Theory]
    [InlineData("abcdzefgh")] // same length, head and tail as two known words, another middle
    [InlineData("abcdxyzwuefgh")]
    [InlineData("abc")]
    [InlineData("abcde")]
    [InlineData("b")]
    [InlineData("")]
    public void Find_UnknownWord_GivesZero(string word) => Assert.Equal(0, Table.Find(word));

    [Fact]
    public void Find_WordOfSeveralTokens_GivesItsIdsInOrder()
    {
        var found = Table.Find("cannot");

        Assert.True(found < 0);
        Assert.Equal([9, 10], Table.Ids(found).ToArray());
        Assert.Equal(13, Table.MaxKeyLength);
    }

    // FindPlain reads the word's ends straight from the text (a short word's masked, a capital first
    // letter folded inside the lookup): it must answer as Find does on the normalised word, wherever the
    // word stands, the text's end included, and whatever follows it.
    [Theory]
    [InlineData("a", 0, 1, false)]
    [InlineData("a b", 0, 1, false)]
    [InlineData("xx ab", 3, 2, false)] // near the end: fewer than four characters left
    [InlineData("ab cd", 0, 2, false)]
    [InlineData("Ab", 0, 2, true)]
    [InlineData("Ba and more", 0, 2, true)]
    [InlineData("Abcd", 0, 4, true)]
    [InlineData("Abcd efgh", 0, 4, true)]
    [InlineData("Abcdefgh", 0, 8, true)]
    [InlineData("Abcdxefgh.", 0, 9, true)]
    [InlineData("so abcdyefgh", 3, 9, false)]
    [InlineData("Abcdxyzwvefgh", 0, 13, true)]
    [InlineData("Cannot", 0, 6, true)]
    [InlineData("Abc", 0, 3, true)] // unknown: "abc"
    [InlineData("abcdzefgh", 0, 9, false)]
    [InlineData("B", 0, 1, true)]
    public void FindPlain_AnswersAsFindOnTheFoldedWord(string text, int start, int length, bool capital)
    {
        var folded = text.Substring(start, length).ToLowerInvariant();

        Assert.Equal(Table.Find(folded), Table.FindPlain(text, start, length, capital));
    }

    [Fact]
    public void FindPlain_KnownWords_AreFound()
    {
        Assert.Equal(2, Table.FindPlain("Ab", 0, 2, capital: true));
        Assert.Equal(3, Table.FindPlain("x ba", 2, 2, capital: false));
        Assert.Equal(5, Table.FindPlain("Abcdefgh here", 0, 8, capital: true));
        Assert.Equal(8, Table.FindPlain("abcdxyzwvefgh", 0, 13, capital: false));
    }
}
