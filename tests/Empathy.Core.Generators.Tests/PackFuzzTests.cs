using System.Diagnostics;
using Empathy.Core.Exercises;
using Xunit.Abstractions;
using Empathy.Core.Generators.Tests.Infrastructure;

namespace Empathy.Core.Generators.Tests;

/// <summary>
/// Seeded mutations of the repository's packs: every pack the generator accepts compiles with no
/// error and no warning (documentation on, warnings as errors), and the generator and the runtime
/// loader report the same problems for every mutation, so they agree on what they accept.
/// </summary>
public class PackFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261201;
    private const int MutationsPerKind = 150;

    /// <summary>The packs to mutate: the generator tests' packs and the built-in pack, each with its variants.</summary>
    private static List<List<(string Path, string Text)>> PackSets() =>
    [
        Set("Packs", "kindness.exercises.json", "kindness.exercises.es.json"),
        Set("Packs", "daily_pause.exercises.json"),
        Set("Packs", "escaping.exercises.json"),
        Set("BuiltInPacks", "empathy.exercises.json", "empathy.exercises.es.json"),
    ];

    private static List<(string Path, string Text)> Set(string folder, params string[] files) =>
        [.. files.Select(f => ($"{folder}/{f}", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, f))))];

    [Fact]
    public void OriginalPacks_AreAcceptedAndCompileCleanly()
    {
        foreach (var set in PackSets())
        {
            var run = GeneratorHarness.RunStrict([.. set]);

            Assert.True(run.Accepted, string.Join("\n", ProblemLines.Of(run)));
            Assert.Empty(run.CompilerDiagnostics());
        }
    }

    [Fact]
    public void ByteMutations_WhatTheGeneratorAcceptsCompiles_AndTheLoaderAgrees() =>
        Fuzz(Seed, (mutator, text) => mutator.MutateBytes(text));

    [Fact]
    public void StructureMutations_WhatTheGeneratorAcceptsCompiles_AndTheLoaderAgrees() =>
        Fuzz(Seed + 1, (mutator, text) => mutator.MutateStructure(text));

    private void Fuzz(int seed, Func<PackMutator, string, string> mutate)
    {
        var mutator = new PackMutator(seed);
        var pick = new Random(seed);
        var sets = PackSets();
        var accepted = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < MutationsPerKind; i++)
        {
            var files = sets[pick.Next(sets.Count)].ToList();
            var target = pick.Next(files.Count);
            files[target] = (files[target].Path, mutate(mutator, files[target].Text));
            string What() => $"mutation {i} (seed {seed}) of {files[target].Path}:\n{files[target].Text}";

            var run = GeneratorHarness.RunStrict([.. files]);
            var loaded = ExercisePack.LoadAll(files.Select(f => new ExercisePackFile(f.Path, f.Text)));

            if (run.Exception is not null)
            {
                Assert.Fail($"{What()}\n{run.Exception}");
            }

            var generatorProblems = ProblemLines.Of(run);
            var loaderProblems = loaded.SelectMany(r => r.Problems).Select(ProblemLines.Describe).Order(StringComparer.Ordinal).ToList();
            if (!generatorProblems.SequenceEqual(loaderProblems))
            {
                Assert.Fail($"{What()}\ngenerator:\n{string.Join("\n", generatorProblems)}\nloader:\n{string.Join("\n", loaderProblems)}");
            }

            Assert.Equal(run.Accepted, loaded.All(r => r.Pack is not null));
            if (run.Accepted)
            {
                accepted++;
                var compiler = run.CompilerDiagnostics();
                if (compiler.Count > 0)
                {
                    Assert.Fail($"{What()}\ncompiler:\n{string.Join("\n", compiler)}");
                }
            }
        }

        output.WriteLine($"{MutationsPerKind} mutations, {accepted} accepted and compiled, in {stopwatch.Elapsed.TotalSeconds:0.0} s");

        // A fuzz run that accepts nothing tests nothing: the structure mutations must leave some packs valid.
        Assert.True(accepted > 0, $"no mutation was accepted in {stopwatch.Elapsed}");
    }
}
