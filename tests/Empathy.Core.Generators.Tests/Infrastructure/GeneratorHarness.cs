using System.Collections.Immutable;
using Empathy.Core.Exercises;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Empathy.Core.Generators.Tests.Infrastructure;

/// <summary>
/// Drives <see cref="ExercisePackGenerator"/> with <see cref="CSharpGeneratorDriver"/> directly, the way the
/// compiler does. References come from the running test's trusted platform assemblies (the
/// Basic.Reference.Assemblies package is not available here) plus Empathy.Core.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/src/App/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "App",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string rootNamespace = "App") =>
        CSharpGeneratorDriver.Create(
            [new ExercisePackGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = rootNamespace,
                ["build_property.ProjectDir"] = ProjectDir,
            }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over <paramref name="files"/> (path, text) in a small compilation.</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] files)
    {
        var driver = Driver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + f.Path, f.Text)));
        var compilation = Compilation("namespace App; public sealed class Marker { }");
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"
                || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)))
            .Append(typeof(ExerciseDefinition).Assembly.Location)
            .Distinct();
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>One generator run: what it produced and the compilation with its output added.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources);

    public IEnumerable<Diagnostic> Diagnostics => Result.Diagnostics;

    public Exception? Exception => Result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
}
