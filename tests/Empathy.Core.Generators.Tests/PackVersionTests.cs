using Empathy.Core.Generators.Tests.Infrastructure;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// A pack's version ends up in FHIR canonicals (<c>url|version</c>), so it must be a version token:
/// the build and the runtime loader refuse anything else with EMP0014 at the version's value, in the
/// same words, and accept the usual version spellings.
/// </summary>
public class PackVersionTests
{
    private static string PackWithVersion(string versionLiteral) =>
        "{\n"
        + "  \"pack\": \"versioned\",\n"
        + "  \"title\": \"A title\",\n"
        + $"  \"version\": {versionLiteral},\n"
        + "  \"exercises\": [\n"
        + "    { \"id\": \"listen\", \"title\": \"t\", \"summary\": \"s\", \"components\": [\"concern\"], \"steps\": [ { \"id\": \"x\", \"kind\": \"info\", \"prompt\": \"p\" } ] }\n"
        + "  ]\n"
        + "}\n";

    [Theory]
    [InlineData("1.0 beta", "it holds a space at character 4")]
    [InlineData("1.0\t", "it holds a tab at character 4")]
    [InlineData(" 1.0", "it holds a space at character 1")]
    [InlineData("1.0\n", "it holds a line break at character 4")]
    [InlineData("1.0|2", "it holds '|' at character 4")]
    [InlineData("1.0#a", "it holds '#' at character 4")]
    [InlineData("1.0/2", "it holds '/' at character 4")]
    [InlineData("1.0\u00e9", "it holds '\u00e9' at character 4")]
    [InlineData(".1", "it starts with '.'")]
    [InlineData("-rc", "it starts with '-'")]
    public void VersionThatIsNotAVersionToken_IsRefusedWithEmp0014AtTheValue_InTheBuildAndTheLoader(string version, string reason)
    {
        var file = ("Packs/versioned.exercises.json", PackWithVersion(JsonText.Quote(version)));

        var run = GeneratorHarness.Run(file);

        Assert.Null(run.Exception);
        Assert.Empty(run.Sources);
        Assert.Equal(
            [$"versioned.exercises.json(4,14): error EMP0014: 'version' of the pack must be a version such as 1.0.0 or 2.1.0-beta.1: ASCII letters and digits, '.', '-', '_' and '+', starting with a letter or digit, at most 64 characters; {reason}"],
            ProblemLines.Of(run));
        Assert.Equal(ProblemLines.Of(run), ProblemLines.OfLoader([file]));
    }

    [Fact]
    public void VersionLongerThan64Characters_IsRefusedWithEmp0014()
    {
        var file = ("Packs/versioned.exercises.json", PackWithVersion(JsonText.Quote("1." + new string('0', 63))));

        var run = GeneratorHarness.Run(file);

        var line = Assert.Single(ProblemLines.Of(run));
        Assert.EndsWith("at most 64 characters; it is 65 characters long", line);
        Assert.Equal(ProblemLines.Of(run), ProblemLines.OfLoader([file]));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.0.0")]
    [InlineData("2.1.0-beta.1+build.5")]
    [InlineData("v2")]
    [InlineData("2024-05-01")]
    [InlineData("release_3")]
    public void VersionToken_IsAccepted_AndGenerated(string version)
    {
        var file = ("Packs/versioned.exercises.json", PackWithVersion(JsonText.Quote(version)));

        var run = GeneratorHarness.RunStrict(file);

        Assert.Empty(ProblemLines.Of(run));
        Assert.Contains(run.Sources, s => s.SourceText.ToString().Contains($"Version = \"{version}\"", StringComparison.Ordinal));
        Assert.Empty(run.CompilerDiagnostics());
        Assert.True(ProblemLines.LoaderAccepts([file]));
    }
}
