using Empathy.Core.Generators.Tests.Infrastructure;
using Empathy.Shared.ExercisePacks;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// Problems that only a set of packs shows: packs whose generated classes would meet in one namespace
/// are refused with EMP0008 at the second one's id, and whatever is generated compiles (documentation
/// on, warnings as errors).
/// </summary>
public class PackSetTests
{
    private static string Pack(string pack, string? ns, string exerciseId) =>
        "{\n"
        + $"  \"pack\": {JsonText.Quote(pack)},\n"
        + (ns is null ? "" : $"  \"namespace\": {JsonText.Quote(ns)},\n")
        + "  \"title\": \"A title\",\n"
        + "  \"exercises\": [\n"
        + $"    {{ \"id\": {JsonText.Quote(exerciseId)}, \"title\": \"t\", \"summary\": \"s\", \"components\": [\"concern\"], \"steps\": [ {{ \"id\": \"x\", \"kind\": \"info\", \"prompt\": \"p\" }} ] }}\n"
        + "  ]\n"
        + "}\n";

    [Fact]
    public void PackWithoutNamespace_AndPackNamingTheDefaultNamespace_WithOneExerciseId_IsRefusedWithEmp0008()
    {
        // The harness's project has RootNamespace App, so a pack that names no namespace lands in App.Exercises.
        var run = GeneratorHarness.RunStrict(
            ("Packs/alpha.exercises.json", Pack("alpha", null, "listen")),
            ("Packs/beta.exercises.json", Pack("beta", "App.Exercises", "listen")));

        Assert.Null(run.Exception);
        Assert.Equal(
            ["beta.exercises.json(6,13): error EMP0008: 'listen' becomes the C# name 'ListenExercise', which an exercise of the pack in 'alpha.exercises.json' (same namespace) also becomes; choose a different id"],
            ProblemLines.Of(run));
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilerDiagnostics());
    }

    [Fact]
    public void PacksInDifferentNamespaces_WithOneExerciseId_BothCompile()
    {
        var run = GeneratorHarness.RunStrict(
            ("Packs/alpha.exercises.json", Pack("alpha", null, "listen")),
            ("Packs/beta.exercises.json", Pack("beta", "App.Other", "listen")));

        Assert.Empty(ProblemLines.Of(run));
        Assert.Equal(2, run.Sources.Count());
        Assert.Empty(run.CompilerDiagnostics());
    }

    [Theory]
    [InlineData("App.Exercises.AlphaPack", "'App.Exercises.AlphaPack' is the class of pack 'alpha'")]
    [InlineData("App.Exercises.ListenExercise", "'App.Exercises.ListenExercise' is a class of exercise 'listen'")]
    [InlineData("App.Exercises.ListenResponse.Inner", "'App.Exercises.ListenResponse' is a class of exercise 'listen'")]
    public void NamespaceNamedLikeAClassOfAnotherPack_IsRefusedWithEmp0009AtTheNamespace(string ns, string reason)
    {
        var run = GeneratorHarness.RunStrict(
            ("Packs/alpha.exercises.json", Pack("alpha", null, "listen")),
            ("Packs/beta.exercises.json", Pack("beta", ns, "other")));

        Assert.Equal(
            [$"beta.exercises.json(3,16): error EMP0009: '{ns}' cannot be used as a namespace: {reason} in 'alpha.exercises.json', and a namespace cannot have the name of a class"],
            ProblemLines.Of(run));
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilerDiagnostics());
    }

    [Fact]
    public void DefaultNamespaceNamedLikeAClassOfAnotherPack_IsRefusedWithEmp0009AtThePack()
    {
        // RootNamespace App.BetaPack: a pack that names no namespace is in App.BetaPack.Exercises, inside the class of pack 'beta' in App.
        var run = GeneratorHarness.RunStrictIn(
            "App.BetaPack",
            ("Packs/alpha.exercises.json", Pack("alpha", null, "listen")),
            ("Packs/beta.exercises.json", Pack("beta", "App", "other")));

        Assert.Equal(
            ["alpha.exercises.json(1,1): error EMP0009: 'App.BetaPack.Exercises' cannot be used as the default namespace (EmpathyExercisePacksNamespace, else <RootNamespace>.Exercises); set \"namespace\" in the pack: 'App.BetaPack' is the class of pack 'beta' in 'beta.exercises.json', and a namespace cannot have the name of a class"],
            ProblemLines.Of(run));
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilerDiagnostics());
    }

    [Fact]
    public void TwoPacksWithOneName_AreRefusedWithEmp0008AtTheSecondName()
    {
        var run = GeneratorHarness.RunStrict(
            ("Packs/alpha.exercises.json", Pack("alpha", "App.One", "listen")),
            ("Packs/copy.exercises.json", Pack("alpha", "App.Two", "other")));

        var problem = Assert.Single(ProblemLines.Of(run));
        Assert.StartsWith("copy.exercises.json(2,11): error EMP0008: ", problem);
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilerDiagnostics());
    }

    [Fact]
    public void TwoVariantsWhoseCulturesDifferOnlyInCase_AreRefusedWithEmp0019_ByTheBuildAndTheLoaderAlike()
    {
        (string, string)[] files =
        [
            ("Packs/alpha.exercises.json", Pack("alpha", null, "listen")),
            ("Packs/alpha.exercises.es.json", Pack("alpha", null, "listen").Replace("A title", "Un título", StringComparison.Ordinal)),
            ("Packs/alpha.exercises.ES.json", Pack("alpha", null, "listen").Replace("A title", "Otro título", StringComparison.Ordinal)),
        ];

        var run = GeneratorHarness.RunStrict(files);

        // ES sorts before es in ordinal order, so es is the second file.
        var expected = "alpha.exercises.es.json(1,1): error EMP0019: 'alpha.exercises.es.json' differs from 'alpha.exercises.ES.json' only in letter case, which culture names and many file systems ignore, so both would be one pack or one translation; keep one of the two files";
        Assert.Null(run.Exception);
        Assert.Equal([expected], ProblemLines.Of(run));
        Assert.Empty(run.Sources);
        Assert.Equal([expected], ProblemLines.OfLoader(files));
    }

    [Fact]
    public void TwoBaseFilesWhosePathsDifferOnlyInCase_KeepTheFirst_AndRefuseTheOtherWithEmp0019()
    {
        (string, string)[] files =
        [
            ("Packs/alpha.exercises.json", Pack("alpha", null, "listen")),
            ("Packs/Alpha.exercises.json", Pack("other", null, "speak")),
        ];

        var run = GeneratorHarness.RunStrict(files);

        var expected = "alpha.exercises.json(1,1): error EMP0019: 'alpha.exercises.json' differs from 'Alpha.exercises.json' only in letter case, which culture names and many file systems ignore, so both would be one pack or one translation; keep one of the two files";
        Assert.Equal([expected], ProblemLines.Of(run));
        Assert.Contains("OtherPack", Assert.Single(run.Sources).HintName, StringComparison.Ordinal);
        Assert.Empty(run.CompilerDiagnostics());
        Assert.Equal([expected], ProblemLines.OfLoader(files));
    }

    [Fact]
    public void TheSameVariantGivenTwice_IsMergedOnce()
    {
        var variant = ("Packs/alpha.exercises.es.json", Pack("alpha", null, "listen").Replace("A title", "Un título", StringComparison.Ordinal));
        (string, string)[] files = [("Packs/alpha.exercises.json", Pack("alpha", null, "listen")), variant, variant];

        var run = GeneratorHarness.RunStrict(files);

        Assert.Empty(ProblemLines.Of(run));
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilerDiagnostics());
        var pack = Assert.Single(Core.Exercises.ExercisePack.LoadAll(files.Select(f => new Core.Exercises.ExercisePackFile(f.Item1, f.Item2)))).EnsureSuccess();
        Assert.Equal(["es"], pack.Cultures);
        Assert.Equal("Un título", pack.Title.Resolve(new System.Globalization.CultureInfo("es")));
    }

    [Fact]
    public void TheSameFileGivenTwice_IsGeneratedOnce()
    {
        var json = Pack("alpha", null, "listen");
        var run = GeneratorHarness.RunStrict(("Packs/alpha.exercises.json", json), ("Packs/alpha.exercises.json", json));

        Assert.Empty(ProblemLines.Of(run));
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilerDiagnostics());
    }
}
