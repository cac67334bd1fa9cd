using System.Text;
using Empathy.Core.Exercises;
using Empathy.Core.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// A pack file above <see cref="ExercisePack.MaxFileBytes"/> is EMP0020 in the build: one error on the
/// file itself, no code, no crash, and the same line the runtime loader reports for the same file.
/// </summary>
public class PackSizeTests
{
    private const string Path = "Packs/calm.exercises.json";

    /// <summary><see cref="AuthorMistakeTests.Calm"/> followed by spaces up to exactly <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string PaddedTo(int bytes) =>
        AuthorMistakeTests.Calm + new string(' ', bytes - Encoding.UTF8.GetByteCount(AuthorMistakeTests.Calm));

    private static GeneratorRun RunOnBytes(byte[] bytes)
    {
        var driver = GeneratorHarness.Driver([new CompilerReadAdditionalText(GeneratorHarness.ProjectDir + Path, bytes)]);
        var compilation = GeneratorHarness.Compilation("namespace App; public sealed class Marker { }");
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }

    private static string OnlyProblem(GeneratorRun run)
    {
        Assert.Null(run.Exception);
        Assert.Empty(run.Sources);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(GeneratorHarness.ProjectDir + Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        return ProblemLines.Describe(diagnostic);
    }

    [Fact]
    public void PackOfExactlyTheLimit_IsGenerated() =>
        Assert.True(GeneratorHarness.Run((Path, PaddedTo(ExercisePack.MaxFileBytes))).Accepted);

    [Fact]
    public void PackOneByteAboveTheLimit_IsEmp0020OnTheFile_AsTheLoaderSays()
    {
        var text = PaddedTo(ExercisePack.MaxFileBytes + 1);

        var line = OnlyProblem(GeneratorHarness.Run((Path, text)));

        Assert.Equal(
            "calm.exercises.json(1,1): error EMP0020: The exercise pack file 'calm.exercises.json' is larger than 4 MiB (4,194,304 bytes), the most an exercise pack file may hold; split its exercises into smaller packs",
            line);
        Assert.Equal(line, ProblemLines.Describe(Assert.Single(ExercisePack.Load(text, Path).Problems)));
    }

    [Fact]
    public void PackFarAboveTheLimit_IsRefusedBeforeItsTextIsRead() =>
        Assert.Contains("EMP0020", OnlyProblem(GeneratorHarness.Run((Path, new string('x', (ExercisePack.MaxFileBytes * 2) + 1)))), StringComparison.Ordinal);

    [Fact]
    public void Latin1PackAboveTheLimit_IsTooLarge_AsTheLoaderSaysForItsBytes()
    {
        var bytes = Encoding.Latin1.GetBytes(PaddedTo(ExercisePack.MaxFileBytes).Replace("Calm basics", "Calm básics", StringComparison.Ordinal) + " ");

        var line = OnlyProblem(RunOnBytes(bytes));

        Assert.Contains("error EMP0020:", line, StringComparison.Ordinal);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(line, ProblemLines.Describe(Assert.Single(ExercisePack.Load(stream, Path).Problems)));
    }
}
