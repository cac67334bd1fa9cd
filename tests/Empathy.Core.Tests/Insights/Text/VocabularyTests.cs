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
}
