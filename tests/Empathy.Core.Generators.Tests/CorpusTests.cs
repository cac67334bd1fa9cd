using System.Text;
using Empathy.Core.Generators.Tests.Infrastructure;
using Empathy.Tests.Shared;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// The corpus of malformed packs (Corpus/EMPxxxx-what.exercises*.json). Each case is named for the one
/// id it must yield; the generator and the runtime loader must report exactly the same problems.
/// </summary>
public class CorpusTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>A case: the files sharing a name before <c>.exercises</c>.</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in CaseNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> CaseNames() =>
        Directory.GetFiles(CorpusFolder, "*.json")
            .Select(path => Path.GetFileName(path)[..Path.GetFileName(path).IndexOf(".exercises", StringComparison.Ordinal)])
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static List<(string Name, string Text)> CaseFiles(string caseName) =>
        [.. Directory.GetFiles(CorpusFolder, caseName + ".exercises*.json").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))];

    private static List<string> FromGenerator(string caseName)
    {
        var run = GeneratorHarness.Run([.. CaseFiles(caseName).Select(f => ($"Corpus/{f.Name}", f.Text))]);
        Assert.Null(run.Exception);
        return ProblemLines.Of(run);
    }

    private static List<string> FromRuntime(string caseName) =>
        ProblemLines.OfLoader(CaseFiles(caseName).Select(f => ($"Corpus/{f.Name}", f.Text)));

    [Fact]
    public void Corpus_HasAtLeast25Cases_CoveringEveryFileRule()
    {
        var names = CaseNames().ToList();

        Assert.True(names.Count >= 25, $"only {names.Count} corpus cases");
        var covered = names.Select(n => n[..7]).ToHashSet();
        var expected = Enumerable.Range(1, 17).Select(i => $"EMP{i:0000}");
        Assert.Empty(expected.Except(covered));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_YieldsOnlyTheIdItIsNamedFor(string caseName)
    {
        var ids = FromGenerator(caseName).Select(line => line.Split(": ")[1].Split(' ')[1]).Distinct().ToList();

        Assert.Equal([caseName[..7]], ids);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_GeneratorAndRuntimeLoader_ReportTheSameProblems(string caseName) =>
        Assert.Equal(FromGenerator(caseName), FromRuntime(caseName));

    [Fact]
    public void Corpus_ProblemsWithTheirLinesAndColumns_MatchTheApprovedList()
    {
        var builder = new StringBuilder();
        foreach (var name in CaseNames())
        {
            builder.Append("## ").Append(name).Append('\n');
            foreach (var line in FromGenerator(name))
            {
                builder.Append(line).Append('\n');
            }
        }

        ApprovedFile.Verify(builder.ToString(), "Corpus/problems.approved.txt");
    }
}
