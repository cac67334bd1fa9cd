using System.Collections.Immutable;
using Empathy.Core.Exercises;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Empathy.Core.Generators.Tests.Infrastructure;

/// <summary>
/// Drives <see cref="ExercisePackGenerator"/> with <see cref="CSharpGeneratorDriver"/> directly, the way the
/// compiler does. References are the .NET 10 reference assemblies of Basic.Reference.Assemblies.Net100
/// (so no test depends on the runtime of the machine it runs on) plus Empathy.Core.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/src/App/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>Parse options of a build with documentation generation on: XML doc comments are checked (CS1570 and kin).</summary>
    public static CSharpParseOptions DocumentedParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "App",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// A compilation as this repository's Release build makes it: documentation generation on and
    /// every warning an error, so that anything the generated code gets wrong shows up.
    /// </summary>
    public static CSharpCompilation StrictCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "App",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, DocumentedParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string rootNamespace = "App", CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new ExercisePackGenerator().AsSourceGenerator()],
            files,
            parseOptions ?? ParseOptions,
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

    /// <summary>
    /// Runs the generator over <paramref name="files"/> in a <see cref="StrictCompilation"/>; the run's
    /// output compilation is what the Release build of a consumer would compile.
    /// </summary>
    public static GeneratorRun RunStrict(params (string Path, string Text)[] files) => RunStrictIn("App", files);

    /// <summary>As <see cref="RunStrict"/>, in a project whose RootNamespace is <paramref name="rootNamespace"/>.</summary>
    public static GeneratorRun RunStrictIn(string rootNamespace, params (string Path, string Text)[] files)
    {
        var driver = Driver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + f.Path, f.Text)), rootNamespace, DocumentedParseOptions);
        var compilation = StrictCompilation("namespace App;\n\n/// <summary>A type of the app.</summary>\npublic sealed class Marker { }");
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, diagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences() =>
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ExerciseDefinition).Assembly.Location)];
}

/// <summary>One generator run: what it produced and the compilation with its output added.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources);

    public IEnumerable<Diagnostic> Diagnostics => Result.Diagnostics;

    public Exception? Exception => Result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);

    /// <summary>Whether the generator took the packs: it added code and reported no error (a warning raised to one aside).</summary>
    public bool Accepted => Sources.Any() && !Diagnostics.Any(d => d.DefaultSeverity == DiagnosticSeverity.Error);

    /// <summary>What compiling the generated code reports (every warning and error), formatted for a test message.</summary>
    public List<string> CompilerDiagnostics() =>
        [.. Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).Select(d => d.ToString())];
}
