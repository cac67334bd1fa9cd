using System.Linq.Expressions;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Empathy.Core.Exercises;

namespace Empathy.Benchmarks;

/// <summary>
/// What does loading packs at run time cost, beside the definitions compiled in by the generator?
/// "compiled in" constructs the 50 generated exercise classes of Packs/bench.exercises.json (what
/// the generated pack class does once, at type initialisation); "load" parses and validates the same
/// JSON and builds the same definitions.
/// </summary>
[MemoryDiagnoser]
public class ExercisePackLoadingBenchmarks
{
    private string _onePack = null!;
    private ExercisePackFile[] _twentyPacks = null!;
    private Func<ExerciseDefinition>[] _generatedConstructors = null!;

    [GlobalSetup]
    public void Setup()
    {
        _onePack = SyntheticPacks.Pack(0);
        _twentyPacks = [.. Enumerable.Range(0, SyntheticPacks.PackCount).Select(p => new ExercisePackFile($"bench-{p}.exercises.json", SyntheticPacks.Pack(p)))];
        // Setup only: find the generated exercise classes and compile a call to each constructor.
        _generatedConstructors = [.. typeof(ExercisePackLoadingBenchmarks).Assembly.GetTypes()
            .Where(t => t.Namespace == "Empathy.Benchmarks.Packs.P0" && t.IsSubclassOf(typeof(ExerciseDefinition)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => Expression.Lambda<Func<ExerciseDefinition>>(Expression.New(t.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)!)).Compile())];
        if (_generatedConstructors.Length != SyntheticPacks.ExercisesPerPack || !ExercisePack.Load(_onePack).Succeeded)
        {
            throw new InvalidOperationException("Packs/bench.exercises.json must be SyntheticPacks.Pack(0); regenerate it.");
        }
    }

    [Benchmark(Baseline = true, Description = "compiled in: construct 1 pack (50 exercises)")]
    public ExerciseDefinition CompiledInOnePack()
    {
        ExerciseDefinition last = null!;
        foreach (var create in _generatedConstructors)
        {
            last = create();
        }

        return last;
    }

    [Benchmark(Description = "run time: load 1 pack (50 exercises)")]
    public ExercisePackLoadResult LoadOnePack() => ExercisePack.Load(_onePack, "bench-0.exercises.json");

    [Benchmark(Description = "run time: load 20 packs (1000 exercises)")]
    public IReadOnlyList<ExercisePackLoadResult> LoadTwentyPacks() => ExercisePack.LoadAll(_twentyPacks);
}
