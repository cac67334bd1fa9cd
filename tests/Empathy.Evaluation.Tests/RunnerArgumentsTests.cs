namespace Empathy.Evaluation.Tests;

public class RunnerArgumentsTests
{
    [Fact]
    public void Parse_WithNothing_UsesTheDefaults() =>
        Assert.Equal(new RunnerArguments(), RunnerArguments.Parse([]));

    [Fact]
    public void Parse_ReadsEveryOption()
    {
        var parsed = RunnerArguments.Parse(["--data", "/tmp/data", "--errors", "5", "--format", "json"]);

        Assert.Equal(new RunnerArguments { DataFolder = "/tmp/data", Errors = 5, Json = true }, parsed);
        Assert.True(RunnerArguments.Parse(["--help"]).Help);
        Assert.True(RunnerArguments.Parse(["--digest"]).Digest);
    }

    [Theory]
    [InlineData("--errors", "-1", "--errors takes a whole number")]
    [InlineData("--errors", "many", "--errors takes a whole number")]
    [InlineData("--format", "xml", "--format is 'text' or 'json'")]
    [InlineData("--verbose", null, "Unknown argument '--verbose'")]
    [InlineData("--data", null, "--data needs a value")]
    [InlineData("--data", "--errors", "--data needs a value")]
    public void Parse_RefusesBadArguments_SayingWhatIsAllowed(string option, string? value, string expected)
    {
        string[] args = value is null ? [option] : [option, value];

        var refused = Assert.Throws<ArgumentException>(() => RunnerArguments.Parse(args));

        Assert.StartsWith(expected, refused.Message, StringComparison.Ordinal);
    }
}
