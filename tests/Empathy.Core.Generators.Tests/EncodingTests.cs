using System.Text;
using Empathy.Core.Exercises;
using Empathy.Core.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// Pack files are UTF-8. A file that is not is decoded by the compiler with a fallback code page (or as
/// UTF-16 after its byte order mark) and reaches the generator as text; the generator must refuse it
/// exactly as <see cref="ExercisePack.Load(Stream, string?)"/> refuses the same bytes: one EMP0001 at
/// the first bad byte, the same words, no code. UTF-8 with or without a byte order mark is accepted
/// with every letter intact.
/// </summary>
public class EncodingTests
{
    private const string Path = "Packs/calm.exercises.json";

    /// <summary><see cref="AuthorMistakeTests.Calm"/> with an 'á' on line 4 at column 19.</summary>
    private static readonly string Accented = AuthorMistakeTests.Calm.Replace("Calm basics", "Calm básics", StringComparison.Ordinal);

    private static GeneratorRun RunOnBytes(byte[] bytes)
    {
        var driver = GeneratorHarness.Driver([new CompilerReadAdditionalText(GeneratorHarness.ProjectDir + Path, bytes)]);
        var compilation = GeneratorHarness.Compilation("namespace App; public sealed class Marker { }");
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>The one problem the generator reports for <paramref name="bytes"/>, after checking it made no code and that the loader reports the same.</summary>
    private static string OnlyProblem(byte[] bytes)
    {
        var run = RunOnBytes(bytes);

        Assert.Null(run.Exception);
        Assert.Empty(run.Sources);
        var fromGenerator = Assert.Single(ProblemLines.Of(run));
        using var stream = new MemoryStream(bytes);
        var fromLoader = Assert.Single(ExercisePack.Load(stream, Path).Problems);
        Assert.Equal(fromGenerator, ProblemLines.Describe(fromLoader));
        return fromGenerator;
    }

    [Fact]
    public void Latin1Pack_IsRefusedAtTheFirstByteThatIsNotUtf8_ByBothSides() =>
        Assert.StartsWith(
            "calm.exercises.json(4,19): error EMP0001: The exercise pack is not valid JSON: the file is not UTF-8: the byte 0xE1 at line 4, column 19 is not valid UTF-8; save the file as UTF-8;",
            OnlyProblem(Encoding.Latin1.GetBytes(Accented)), StringComparison.Ordinal);

    [Fact]
    public void Utf8PackWithALatin1LetterLater_IsRefusedAtThatLetter() =>
        Assert.StartsWith(
            "calm.exercises.json(9,24): error EMP0001: The exercise pack is not valid JSON: the file is not UTF-8: the byte 0xE9 at line 9, column 24 is not valid UTF-8;",
            OnlyProblem([.. Encoding.UTF8.GetBytes(Accented[..Accented.IndexOf("before", StringComparison.Ordinal)]), 0xE9, .. Encoding.UTF8.GetBytes(Accented[Accented.IndexOf("before", StringComparison.Ordinal)..])]),
            StringComparison.Ordinal);

    [Fact]
    public void Latin1Pack_ReadAsTheSdkCompilerReadsIt_IsRefusedAtTheSameLineAndColumnAsByTheLoader()
    {
        // The .NET 10 SDK's compiler hands the generator a Latin-1 file decoded as UTF-8 with U+FFFD for each bad byte.
        var bytes = Encoding.Latin1.GetBytes(Accented);
        var run = GeneratorHarness.Run((Path, Encoding.UTF8.GetString(bytes)));

        Assert.Empty(run.Sources);
        Assert.StartsWith(
            "calm.exercises.json(4,19): error EMP0001: The exercise pack is not valid JSON: the file is not UTF-8: line 4, column 19 holds U+FFFD, the character that stands for bytes that were not UTF-8 when the file was read; save the file as UTF-8",
            Assert.Single(ProblemLines.Of(run)), StringComparison.Ordinal);
        using var stream = new MemoryStream(bytes);
        var fromLoader = Assert.Single(ExercisePack.Load(stream, Path).Problems);
        Assert.Equal(("EMP0001", 4, 19), (fromLoader.Id, fromLoader.Line, fromLoader.Column));
    }

    [Fact]
    public void ReplacementCharacterWrittenAsAnEscape_IsKept() =>
        Assert.True(GeneratorHarness.Run((Path, Accented.Replace("Calm básics", "Calm \\uFFFD", StringComparison.Ordinal))).Accepted);

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    public void Utf16PackWithByteOrderMark_IsRefusedNamingTheEncoding_ByBothSides(string encodingName, string named)
    {
        var encoding = Encoding.GetEncoding(encodingName);

        Assert.StartsWith(
            "calm.exercises.json(1,1): error EMP0001: The exercise pack is not valid JSON: the file is not UTF-8: it starts with the byte order mark of " + named + "; save the file as UTF-8;",
            OnlyProblem([.. encoding.GetPreamble(), .. encoding.GetBytes(Accented)]), StringComparison.Ordinal);
    }

    [Fact]
    public void CharacterCutOffAtTheEnd_IsRefused_ByBothSides() =>
        Assert.StartsWith(
            "calm.exercises.json(19,1): error EMP0001: The exercise pack is not valid JSON: the file is not UTF-8: it ends in the middle of a character (the byte 0xC3 at line 19, column 1 starts a character whose other bytes are missing);",
            OnlyProblem([.. Encoding.UTF8.GetBytes(Accented + "\n"), 0xC3]), StringComparison.Ordinal);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8Pack_WithOrWithoutByteOrderMark_IsGeneratedWithEveryLetter(bool withMark)
    {
        var text = Accented.Replace("Pause three seconds", "Pausa: ¿qué dijo? — 🙂", StringComparison.Ordinal);
        byte[] bytes = withMark ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

        var run = RunOnBytes(bytes);

        Assert.Empty(ProblemLines.Of(run));
        var source = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("Calm básics", source, StringComparison.Ordinal);
        Assert.Contains("Pausa: ¿qué dijo? — 🙂", source, StringComparison.Ordinal);
        using var stream = new MemoryStream(bytes);
        Assert.Equal("Calm básics", ExercisePack.Load(stream, Path).EnsureSuccess().Title.Current);
    }
}
