using Empathy.Core.Insights.Text;

namespace Empathy.Core.Tests.Insights.Text;

public class VocabularyTests
{
    // Words that differ in one middle character or only in length, and one of several tokens: a slot
    // compares all of a word's characters, so none may answer for another.
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

    // FindAt reads the word's ends straight from the text (a short word's masked, capitals lower-cased
    // inside the lookup): it must answer as Find does on the normalised word, whatever follows it.
    [Theory]
    [InlineData("a", 0, 1)]
    [InlineData("a b", 0, 1)]
    [InlineData("xx ab", 3, 2)]
    [InlineData("ab cd", 0, 2)]
    [InlineData("Ab", 0, 2)]
    [InlineData("Ba and more", 0, 2)]
    [InlineData("Abcd", 0, 4)]
    [InlineData("AbCd efgh", 0, 4)]
    [InlineData("ABCDEFGH", 0, 8)]
    [InlineData("Abcdxefgh.", 0, 9)]
    [InlineData("so abcdyefgh", 3, 9)]
    [InlineData("AbcdxyzwvefgH", 0, 13)]
    [InlineData("abcdxyzwuefgh", 0, 13)]
    [InlineData("Cannot", 0, 6)]
    [InlineData("Abc", 0, 3)] // unknown: "abc"
    [InlineData("abcdzefgh", 0, 9)]
    [InlineData("B", 0, 1)]
    [InlineData("ab\u4E00\u00FF\uFFFF\u0100", 0, 2)] // characters past the word, beyond a byte: ignored
    [InlineData("Ba\u2019s and \uFFFF", 0, 2)]
    [InlineData("abcdefghabcdefghabcdefgh", 0, 24)] // longer than any key
    public void FindAt_AnswersAsFindOnTheFoldedWord(string text, int start, int length)
    {
        var folded = text.Substring(start, length).ToLowerInvariant();

        Assert.Equal(Table.Find(folded), FindAt(text, start, length));
    }

    [Fact]
    public void FindAt_KnownWords_AreFound()
    {
        Assert.Equal(2, FindAt("Ab", 0, 2));
        Assert.Equal(3, FindAt("x ba", 2, 2));
        Assert.Equal(5, FindAt("Abcdefgh here", 0, 8));
        Assert.Equal(8, FindAt("abcdxyzwvefgh", 0, 13));
        Assert.Equal([9, 10], Table.Ids(FindAt("CANNOT", 0, 6)).ToArray());
    }

    [Fact]
    public void Find_WordsThatAreNotAscii_AreFound()
    {
        var table = new Vocabulary(new Dictionary<string, int[]> { ["niño"] = [1], ["año"] = [2], ["ano"] = [3], ["mañana"] = [4], ["larguísimamente"] = [5] }, 5);

        Assert.Equal(1, table.Find("niño"));
        Assert.Equal(2, table.Find("año"));
        Assert.Equal(3, table.Find("ano"));
        Assert.Equal(4, table.Find("mañana"));
        Assert.Equal(5, table.Find("larguísimamente"));
        Assert.Equal(0, table.Find("niña"));
    }

    [Fact]
    public void Find_ManyWords_AreEachFoundOnce()
    {
        // Enough words for the table to move some of them to their other slot while it is built.
        var entries = Enumerable.Range(1, 5000).ToDictionary(n => "w" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), n => new[] { n });
        var table = new Vocabulary(entries, 5000);

        Assert.All(entries, e => Assert.Equal(e.Value[0], table.Find(e.Key)));
        Assert.Equal(0, table.Find("w0"));
        Assert.Equal(0, table.Find("w5001"));
    }

    // Words a slot holds without their length: a word of eight and its double, periodic words of
    // lengths nine to sixteen, and words at the slot's edge (sixteen) and past it (seventeen).
    private static readonly Dictionary<string, int[]> EdgeEntries = new(StringComparer.Ordinal)
    {
        ["abcdefgh"] = [1],
        ["abcdefghabcdefgh"] = [2],
        ["aaaaaaaaa"] = [3],
        ["aaaaaaaaaa"] = [4],
        ["aaaaaaaaaaa"] = [5],
        ["aaaaaaaaaaaaaaaa"] = [6],
        ["aaaaaaaaaaaaaaaaa"] = [7],
        ["abcdefghijklmnop"] = [8],
        ["abcdefghijklmnopq"] = [9],
        ["don't"] = [10, 11],
        ["se\u00f1or"] = [12],
    };

    private static readonly Vocabulary EdgeTable = new(EdgeEntries, 12);

    [Theory]
    [InlineData("abcdefgh")]
    [InlineData("ABCDEFGHabcdefgh")]
    [InlineData("aaaaaaaaa")]
    [InlineData("AAAAAAAAAA")]
    [InlineData("aaaaaaaaaaa")]
    [InlineData("aaaaaaaaaaaa")] // unknown: twelve
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("aaaaaaaaaaaaaaaaA")]
    [InlineData("aaaaaaaaaaaaaaaaaa")] // unknown: eighteen
    [InlineData("Abcdefghijklmnop")]
    [InlineData("abcdefghijklmnopQ")]
    [InlineData("abcdefghijklmno")] // unknown: fifteen of them
    [InlineData("abcdefghijklmnopqr")] // unknown
    [InlineData("DON'T")]
    [InlineData("abcdefg")] // unknown
    public void FindAt_WordsThatShareTheirCharacters_AreToldApartByLength(string word)
    {
        var expected = EdgeEntries.TryGetValue(word.ToLowerInvariant(), out var ids) ? ids : null;
        var found = FindAt(EdgeTable, word + " abcdefghabcdefgh", 0, word.Length);

        Assert.Equal(EdgeTable.Find(word.ToLowerInvariant()), found);
        if (expected is null)
        {
            Assert.Equal(0, found);
        }
        else if (expected.Length == 1)
        {
            Assert.Equal(expected[0], found);
        }
        else
        {
            Assert.Equal(expected, EdgeTable.Ids(found).ToArray());
        }
    }

    [Fact]
    public void Find_WordNotAsciiOfSlotLength_IsFoundAndItsAsciiTwinIsNot()
    {
        Assert.Equal(12, EdgeTable.Find("se\u00f1or"));
        Assert.Equal(0, EdgeTable.Find("senor"));
        Assert.Equal(0, FindAt(EdgeTable, "Senor", 0, 5));
    }

    [Fact]
    public void Find_ValuesTooLargeForASlot_AreFoundAsTheOthers()
    {
        // Ids past sixteen bits, and a word of several tokens whose ids sit far into the table of ids.
        var entries = Enumerable.Range(1, 40_000).ToDictionary(n => "w" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), n => new[] { n });
        for (var n = 1; n <= 12_000; n++)
        {
            entries["x" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)] = [n, n + 1];
        }

        var table = new Vocabulary(entries, 40_001);

        foreach (var (word, ids) in entries)
        {
            var found = table.Find(word);
            Assert.Equal(found, FindAt(table, word.ToUpperInvariant() + " w1", 0, word.Length));
            if (ids.Length == 1)
            {
                Assert.Equal(ids[0], found);
            }
            else
            {
                Assert.Equal(ids, table.Ids(found).ToArray());
            }
        }

        Assert.Equal(0, table.Find("w40001"));
        Assert.Equal(0, FindAt(table, "W40001", 0, 6));
    }

    // Room for the sixteen characters FindAt may read from the word's start.
    private static int FindAt(string text, int start, int length) => FindAt(Table, text, start, length);

    private static int FindAt(Vocabulary table, string text, int start, int length)
    {
        var padded = (text + new string(' ', 16)).ToCharArray();
        return table.FindAt(ref padded[start], length);
    }
}
