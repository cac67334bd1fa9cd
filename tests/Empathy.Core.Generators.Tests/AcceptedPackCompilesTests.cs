using Empathy.Core.Exercises;
using Empathy.Core.Generators.Tests.Infrastructure;
using Empathy.Shared.ExercisePacks;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// Packs that once passed both the generator and the runtime loader yet produced C# that did not
/// compile. Each now compiles cleanly (documentation on, warnings as errors) or is refused with an
/// EMP diagnostic at its place in the JSON, the same by the generator and by <see cref="ExercisePack.LoadAll"/>.
/// </summary>
public class AcceptedPackCompilesTests
{
    private const string File = "Packs/case.exercises.json";

    private static string Pack(string pack = "sample", string? ns = "App.Packs", string exerciseId = "listen", string stepId = "answer", string title = "A title", string prompt = "A prompt") =>
        "{\n"
        + $"  \"pack\": {JsonText.Quote(pack)},\n"
        + (ns is null ? "" : $"  \"namespace\": {JsonText.Quote(ns)},\n")
        + $"  \"title\": {JsonText.Quote(title)},\n"
        + "  \"exercises\": [\n"
        + "    {\n"
        + $"      \"id\": {JsonText.Quote(exerciseId)},\n"
        + $"      \"title\": {JsonText.Quote(title)},\n"
        + $"      \"summary\": {JsonText.Quote(title)},\n"
        + "      \"components\": [\"concern\"],\n"
        + $"      \"caution\": {JsonText.Quote(title)},\n"
        + "      \"steps\": [\n"
        + $"        {{ \"id\": {JsonText.Quote(stepId)}, \"kind\": \"text\", \"prompt\": {JsonText.Quote(prompt)}, \"hint\": {JsonText.Quote(prompt)} }},\n"
        + $"        {{ \"id\": \"pick\", \"kind\": \"choice\", \"prompt\": {JsonText.Quote(prompt)}, \"options\": [{JsonText.Quote(prompt)}, \"plain\"] }}\n"
        + "      ]\n"
        + "    }\n"
        + "  ]\n"
        + "}\n";

    private static void AssertCompilesCleanly(string json)
    {
        var run = GeneratorHarness.RunStrict((File, json));

        Assert.Null(run.Exception);
        Assert.True(run.Accepted, string.Join("\n", ProblemLines.Of(run)));
        Assert.Empty(run.CompilerDiagnostics());
        Assert.True(ProblemLines.LoaderAccepts([(File, json)]));
    }

    private static void AssertRefusedAt(string json, string id, string valueInJson)
    {
        var run = GeneratorHarness.RunStrict((File, json));
        var offset = json.IndexOf(valueInJson, StringComparison.Ordinal);
        var line = json[..offset].Count(c => c == '\n') + 1;
        var column = offset - json.LastIndexOf('\n', offset - 1);

        Assert.False(run.Accepted);
        Assert.Empty(run.Sources);
        var problem = Assert.Single(ProblemLines.Of(run));
        Assert.StartsWith($"case.exercises.json({line},{column}): error {id}: ", problem);
        Assert.Equal([problem], ProblemLines.OfLoader([(File, json)]));
    }

    [Fact]
    public void StepNamedLikeThePackClass_Compiles() =>
        AssertCompilesCleanly(Pack(pack: "p", stepId: "p-pack"));

    [Fact]
    public void ExerciseNamedLikeAnotherExercisesClass_Compiles()
    {
        var json = Pack().Replace("\"exercises\": [\n", "\"exercises\": [\n    { \"id\": \"listen-exercise\", \"title\": \"t\", \"summary\": \"s\", \"components\": [\"concern\"], \"steps\": [ { \"id\": \"x\", \"kind\": \"info\", \"prompt\": \"p\" } ] },\n", StringComparison.Ordinal);

        AssertCompilesCleanly(json);
    }

    [Theory]
    [InlineData("__arglist")]
    [InlineData("__makeref")]
    [InlineData("__reftype")]
    [InlineData("App.__refvalue")]
    public void NamespaceWithAnUndocumentedKeyword_IsRefusedWithEmp0009(string ns) =>
        AssertRefusedAt(Pack(ns: ns), PackRules.InvalidIdentifier, JsonText.Quote(ns));

    [Theory]
    [InlineData("Empathy.Core.Exercises", "exercise", "listen")]
    [InlineData("Empathy.Core.Exercises", "sample", "exercise")]
    [InlineData("Empathy.Core.Exercises.BuiltIn", "empathy", "listen")]
    [InlineData("System", "sample", "web")]
    [InlineData("Microsoft.Extensions", "sample", "listen")]
    public void NamespaceReservedForTheLibraryOrDotNet_IsRefusedWithEmp0009(string ns, string pack, string exerciseId) =>
        AssertRefusedAt(Pack(pack: pack, ns: ns, exerciseId: exerciseId), PackRules.InvalidIdentifier, JsonText.Quote(ns));

    [Theory]
    [InlineData("Empathy.Core.Tests.Packs")]
    [InlineData("Empathy.CoreExercises")]
    [InlineData("Systematic")]
    public void NamespaceThatOnlyStartsLikeAReservedOne_Compiles(string ns) =>
        AssertCompilesCleanly(Pack(ns: ns));

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\u001f")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    [InlineData("\uD800")]
    [InlineData("\uDC00")]
    [InlineData("\uDC00\uD800")]
    public void TitleOrPromptWithACharacterXmlCannotHold_CompilesAndKeepsTheExactText(string character)
    {
        var text = "before " + character + " after";
        var json = Pack(title: text, prompt: text);

        AssertCompilesCleanly(json);
        var pack = ExercisePack.Load(json, File).EnsureSuccess();
        Assert.Equal(text, pack.Title.Invariant);
        Assert.Equal(text, pack.Exercises[0].Steps[0].Prompt.Invariant);
    }

    [Fact]
    public void TextWithACharacterXmlCannotHold_IsWrittenAsReplacementInDocsOnly()
    {
        var run = GeneratorHarness.RunStrict((File, Pack(title: "a\u0001b\uD800c")));

        var source = Assert.Single(run.Sources).SourceText.ToString();
        Assert.Contains("/// a\uFFFDb\uFFFDc: the exercises of", source);
        Assert.Contains("LocalizedText(\"a\\u0001b\\ud800c\")", source, StringComparison.OrdinalIgnoreCase);
    }
}
