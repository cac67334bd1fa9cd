using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Empathy.Core.Exercises;
using Empathy.Core.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Empathy.Benchmarks;

/// <summary>
/// What does the exercise pack generator cost on a large project (20 packs × 50 exercises × 5 steps),
/// cold, and when one pack is edited afterwards? The re-run must cost at most a tenth of the cold run.
/// </summary>
[MemoryDiagnoser]
public class ExercisePackGeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> _files;
    private AdditionalText _edited = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = [.. Enumerable.Range(0, SyntheticPacks.PackCount).Select(p => (AdditionalText)new MemoryText($"/bench/Packs/bench-{p}.exercises.json", SyntheticPacks.Pack(p)))];
        _edited = new MemoryText(_files[7].Path, SyntheticPacks.Pack(7, " (edited)"));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal))
            .Append(typeof(ExerciseDefinition).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("namespace Bench; public sealed class Marker { }")], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _warm = CreateDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "cold run, 20 packs")]
    public GeneratorDriver ColdRun() => CreateDriver().RunGenerators(_compilation);

    [Benchmark(Description = "re-run after editing 1 pack")]
    public GeneratorDriver RerunAfterEditingOnePack() => _warm.ReplaceAdditionalText(_files[7], _edited).RunGenerators(_compilation);

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new ExercisePackGenerator().AsSourceGenerator()], _files, CSharpParseOptions.Default);

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
