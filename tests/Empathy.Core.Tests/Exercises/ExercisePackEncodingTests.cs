using System.Text;
using Empathy.Core.Exercises;

namespace Empathy.Core.Tests.Exercises;

/// <summary>
/// Pack files are UTF-8: <see cref="ExercisePack.Load(Stream, string?)"/> refuses any other bytes with
/// one EMP0001 at the first bad byte, in words that say to save the file as UTF-8, instead of
/// loading text with replacement characters; UTF-8 with or without a byte order mark keeps every letter.
/// </summary>
public class ExercisePackEncodingTests
{
    private const string Path = "tiny.exercises.json";

    /// <summary>A pack whose title, on line 3, has an 'á' at column 16.</summary>
    private const string Accented = """
        {
          "pack": "tiny",
          "title": "Tiná — café ½ 🙂",
          "exercises": [
            { "id": "one", "title": "Über", "summary": "Ça va.", "components": ["concern"],
              "steps": [ { "id": "say", "kind": "text", "prompt": "Say it." } ] }
          ]
        }
        """;

    private static ExercisePackLoadResult LoadBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ExercisePack.Load(stream, Path);
    }

    private static ExercisePackProblem OnlyProblem(ExercisePackLoadResult result)
    {
        Assert.Null(result.Pack);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("EMP0001", problem.Id);
        Assert.Equal(Path, problem.Path);
        return problem;
    }

    [Fact]
    public void Load_Latin1Bytes_IsRefusedAtTheFirstByteThatIsNotUtf8()
    {
        var problem = OnlyProblem(LoadBytes(Encoding.Latin1.GetBytes(Accented.Replace(" — café ½ 🙂", "", StringComparison.Ordinal))));

        Assert.Equal((3, 16), (problem.Line, problem.Column));
        Assert.StartsWith(
            "The exercise pack is not valid JSON: the file is not UTF-8: the byte 0xE1 at line 3, column 16 is not valid UTF-8; save the file as UTF-8;",
            problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Latin1Bytes_IsRefusedAsLoadIs()
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(Accented.Replace(" — café ½ 🙂", "", StringComparison.Ordinal)));

        var problem = OnlyProblem(await ExercisePack.LoadAsync(stream, Path, CancellationToken.None));

        Assert.Equal((3, 16), (problem.Line, problem.Column));
        Assert.Contains("the byte 0xE1 at line 3, column 16 is not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf8WithByteOrderMarkThenABadByte_CountsTheColumnWithoutTheMark()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.ASCII.GetBytes("{ \"pack\": \"a"), 0xFF, .. Encoding.ASCII.GetBytes("\" }")];

        var problem = OnlyProblem(LoadBytes(bytes));

        Assert.Equal((1, 13), (problem.Line, problem.Column));
        Assert.Contains("the byte 0xFF at line 1, column 13 is not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    [InlineData("utf-32", "UTF-32 (little-endian)")]
    [InlineData("utf-32BE", "UTF-32 (big-endian)")]
    public void Load_Utf16OrUtf32WithByteOrderMark_IsRefusedNamingTheEncoding(string encodingName, string named)
    {
        var encoding = Encoding.GetEncoding(encodingName);

        var problem = OnlyProblem(LoadBytes([.. encoding.GetPreamble(), .. encoding.GetBytes(Accented)]));

        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.StartsWith(
            "The exercise pack is not valid JSON: the file is not UTF-8: it starts with the byte order mark of " + named + "; save the file as UTF-8;",
            problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 }, "0xC3")]
    [InlineData(new byte[] { 0xE2, 0x80 }, "0xE2")]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x99 }, "0xF0")]
    public void Load_CharacterCutOffAtTheEnd_SaysTheFileEndsInTheMiddleOfACharacter(byte[] cut, string named)
    {
        var problem = OnlyProblem(LoadBytes([.. Encoding.UTF8.GetBytes(Accented + "\n"), .. cut]));

        Assert.Equal((9, 1), (problem.Line, problem.Column));
        Assert.StartsWith(
            "The exercise pack is not valid JSON: the file is not UTF-8: it ends in the middle of a character (the byte " + named
            + " at line 9, column 1 starts a character whose other bytes are missing); save the file as UTF-8;",
            problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF }, "0xC0")]             // an overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "0xED")]       // a surrogate written as UTF-8
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "0xF4")] // above U+10FFFF
    [InlineData(new byte[] { 0x80 }, "0x80")]                   // a continuation byte on its own
    [InlineData(new byte[] { 0xE2, 0x80, 0x41 }, "0xE2")]       // a character broken off by a letter
    public void Load_MalformedSequenceInsideAText_IsRefusedAtItsFirstByte(byte[] sequence, string named)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Accented[..Accented.IndexOf("Über", StringComparison.Ordinal)]), .. sequence, .. Encoding.UTF8.GetBytes(Accented[(Accented.IndexOf("Über", StringComparison.Ordinal) + 4)..])];

        var problem = OnlyProblem(LoadBytes(bytes));

        Assert.Equal((5, 30), (problem.Line, problem.Column));
        Assert.Contains("the byte " + named + " at line 5, column 30 is not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextWithAReplacementCharacter_IsRefusedWhereItIs_AndTheEscapeIsKept()
    {
        var problem = OnlyProblem(ExercisePack.Load(Accented.Replace("Tiná", "Tin\uFFFD", StringComparison.Ordinal), Path));

        Assert.Equal((3, 16), (problem.Line, problem.Column));
        Assert.Contains("line 3, column 16 holds U+FFFD", problem.Message, StringComparison.Ordinal);
        Assert.Equal("Tin\uFFFD", ExercisePack.Load(Accented.Replace(" — café ½ 🙂", "", StringComparison.Ordinal).Replace("Tiná", "Tin\\uFFFD", StringComparison.Ordinal), Path).EnsureSuccess().Title.Current);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_Utf8WithOrWithoutByteOrderMark_KeepsEveryLetter(bool withMark)
    {
        byte[] bytes = withMark ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Accented)] : Encoding.UTF8.GetBytes(Accented);

        var pack = LoadBytes(bytes).EnsureSuccess();

        Assert.Equal("Tiná — café ½ 🙂", pack.Title.Current);
        Assert.Equal("Über", pack.Exercises[0].Title.Current);
        Assert.Equal("Ça va.", pack.Exercises[0].Summary.Current);
    }
}
