using Empathy.Core.Generators.Tests.Infrastructure;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// EMP0012 names the property an unknown one was probably meant to be: one that differs only in letter case,
/// or by one or two letters added, dropped, changed or swapped. The build and the loader say the same.
/// </summary>
public class UnknownPropertySuggestionTests
{
    private const string Path = "Packs/calm.exercises.json";

    /// <summary>The one EMP0012 message for <see cref="AuthorMistakeTests.Calm"/> with <paramref name="from"/> written as <paramref name="to"/>, the same from the build and the loader.</summary>
    private static string Warning(string from, string to)
    {
        var text = AuthorMistakeTests.Calm.Replace(from, to, StringComparison.Ordinal);
        var run = GeneratorHarness.Run((Path, text));

        Assert.Null(run.Exception);
        var lines = ProblemLines.Of(run);
        Assert.Equal(lines, ProblemLines.OfLoader([(Path, text)]));
        var warning = Assert.Single(lines, line => line.Contains(" EMP0012: ", StringComparison.Ordinal));
        return warning[(warning.IndexOf(" EMP0012: ", StringComparison.Ordinal) + 10)..];
    }

    [Theory]
    [InlineData("\"prompt\": \"What did they say?\"", "\"promt\": \"What did they say?\"", "promt", "prompt")]
    [InlineData("\"prompt\": \"What did they say?\"", "\"Prompt\": \"What did they say?\"", "Prompt", "prompt")]
    [InlineData("\"prompt\": \"What did they say?\"", "\"PROMPT\": \"What did they say?\"", "PROMPT", "prompt")]
    [InlineData("\"required\": true", "\"requierd\": true", "requierd", "required")]
    [InlineData("\"options\": [", "\"option\": [", "option", "options")]
    [InlineData("\"summary\": \"Wait", "\"sumary\": \"Wait", "sumary", "summary")]
    [InlineData("\"namespace\": \"Author", "\"name-space\": \"Author", "name-space", "namespace")]
    public void NearName_IsSuggested(string from, string to, string written, string meant) =>
        Assert.EndsWith($"'{written}' is not a property of {Owner(meant)}; it is ignored (allowed here: {Allowed(meant)}); did you mean '{meant}'?", Warning(from, to), StringComparison.Ordinal);

    [Theory]
    [InlineData("\"minutes\": 2", "\"minutes\": 2, \"author\": \"me\"")]
    [InlineData("\"minutes\": 2", "\"minutes\": 2, \"xy\": 1")]
    [InlineData("\"minutes\": 2", "\"minutes\": 2, \"it\": 1")]
    public void NameFarFromEveryProperty_HasNoSuggestion(string from, string to) =>
        Assert.EndsWith("it is ignored (allowed here: id, title, summary, components, minutes, caution, steps)", Warning(from, to), StringComparison.Ordinal);

    [Fact]
    public void PropertyOfAnotherStepKind_IsNotTakenForATypo() =>
        Assert.EndsWith(
            "'seconds' is not a property of step 'what-said' of exercise 'pause-three' (a text step); it is ignored (allowed here: id, kind, prompt, hint, required)",
            Warning("\"required\": true", "\"required\": true, \"seconds\": 3"),
            StringComparison.Ordinal);

    [Fact]
    public void NearNameTheObjectAlreadyHas_IsNotSuggested() =>
        Assert.EndsWith(
            "'Summary' is not a property of exercise 'pause-three'; it is ignored (allowed here: id, title, summary, components, minutes, caution, steps)",
            Warning("\"minutes\": 2", "\"minutes\": 2, \"Summary\": \"Again.\""),
            StringComparison.Ordinal);

    [Fact]
    public void ShortNameOneLetterOff_IsSuggested() =>
        Assert.EndsWith(
            "did you mean 'hint'?",
            Warning("\"required\": true", "\"required\": true, \"hin\": \"x\""),
            StringComparison.Ordinal);

    private static string Owner(string property) => property switch
    {
        "namespace" => "the pack",
        "summary" => "exercise 'pause-three'",
        "options" => "step 'felt' of exercise 'pause-three' (a choice step)",
        _ => "step 'what-said' of exercise 'pause-three' (a text step)",
    };

    private static string Allowed(string property) => property switch
    {
        "namespace" => "$schema, pack, namespace, title, version, exercises",
        "summary" => "id, title, summary, components, minutes, caution, steps",
        "options" => "id, kind, prompt, hint, required, options, multiple",
        _ => "id, kind, prompt, hint, required",
    };
}
