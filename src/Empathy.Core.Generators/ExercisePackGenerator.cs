using System;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Empathy.Core.Generators.Diagnostics;
using Empathy.Core.Generators.Emitting;
using Empathy.Core.Generators.Model;
using Empathy.Core.Generators.Parsing;
using Empathy.Shared.ExercisePacks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Empathy.Core.Generators;

/// <summary>
/// Turns every <c>*.exercises.json</c> additional file (and its <c>*.exercises.&lt;culture&gt;.json</c>
/// variants) into strongly-typed exercise classes. A bad pack becomes an <c>EMPxxxx</c> diagnostic
/// located in the JSON file; the generator never throws.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ExercisePackGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static file => PackFileName.IsPackFile(file.Path))
            .WithTrackingName(TrackingNames.PackFiles);

        var parsed = files
            .Select(static (file, cancellationToken) => PackFileReader.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        // Assembling needs the default namespace: a pack that names none and one that names it
        // explicitly put their classes side by side, and must not both define one class.
        var packs = parsed
            .Collect()
            .Combine(settings)
            .SelectMany(static (pair, cancellationToken) => AssemblePacks(pair.Left, pair.Right.DefaultNamespace, cancellationToken))
            .WithTrackingName(TrackingNames.Packs);

        var outputs = packs
            .Combine(settings)
            .Select(static (pair, cancellationToken) => BuildOutput(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Outputs);

        context.RegisterSourceOutput(outputs, static (production, output) => Produce(production, output));
    }

    private static ImmutableArray<PackUnit> AssemblePacks(ImmutableArray<ParsedPackFile> files, string defaultNamespace, CancellationToken cancellationToken)
    {
        try
        {
            return PackAssembler.Assemble(files, checkTypeNames: true, cancellationToken, defaultNamespace).ToImmutableArray();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var path = files.IsDefaultOrEmpty ? null : files[0].Name.Path;
            return ImmutableArray.Create(new PackUnit(path ?? "(exercise packs)", null, new EquatableArray<PackProblem>(new[] { PackProblem.Unexpected(path, error, PackProblem.Stage.Assembling) })));
        }
    }

    private static PackOutput BuildOutput(PackUnit unit, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        var displayPath = DisplayPath(unit.Path, settings.ProjectDirectory);
        var hintName = HintName(unit.Spec?.ClassName, displayPath);
        try
        {
            if (unit.Spec is not { } spec || unit.HasErrors)
            {
                return new PackOutput(hintName, null, unit.Problems);
            }

            var @namespace = spec.Namespace ?? settings.DefaultNamespace;
            if (spec.Namespace is null && !PackNames.IsValidNamespace(@namespace, out var reason))
            {
                var problem = PackProblem.Create(PackRules.InvalidIdentifier, spec.Path, spec.Span, @namespace, PackText.DefaultNamespace, reason);
                return new PackOutput(hintName, null, new EquatableArray<PackProblem>(new[] { problem }));
            }

            return new PackOutput(hintName, PackEmitter.Emit(spec, @namespace, displayPath, cancellationToken), unit.Problems);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new PackOutput(hintName, null, new EquatableArray<PackProblem>(new[] { PackProblem.Unexpected(unit.Path, error, PackProblem.Stage.Generating) }));
        }
    }

    private static void Produce(SourceProductionContext production, PackOutput output)
    {
        foreach (var problem in output.Problems)
        {
            production.ReportDiagnostic(ExercisePackDiagnostics.ToDiagnostic(problem));
        }

        if (output.Source is null)
        {
            return;
        }

        try
        {
            production.AddSource(output.HintName, SourceText.From(output.Source, Encoding.UTF8));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            production.ReportDiagnostic(ExercisePackDiagnostics.ToDiagnostic(PackProblem.Unexpected(null, error, PackProblem.Stage.Adding)));
        }
    }

    /// <summary>The pack's path relative to the project when it lies inside it, with '/' separators.</summary>
    internal static string DisplayPath(string path, string? projectDirectory)
    {
        var display = path;
        if (projectDirectory is not null && path.StartsWith(projectDirectory, StringComparison.OrdinalIgnoreCase))
        {
            display = path.Substring(projectDirectory.Length).TrimStart('/', '\\');
        }
        else
        {
            display = PackFileName.FileNameOf(path);
        }

        return display.Replace('\\', '/');
    }

    /// <summary>A hint name that names the pack class and its file: <c>KindnessPack.Exercises_kindness.exercises.json.g.cs</c>.</summary>
    internal static string HintName(string? className, string displayPath)
    {
        var builder = new StringBuilder();
        if (className is not null)
        {
            builder.Append(className).Append('.');
        }

        foreach (var c in displayPath)
        {
            builder.Append(char.IsLetterOrDigit(c) && c < 128 || c == '.' || c == '-' ? c : '_');
        }

        return builder.Append(".g.cs").ToString();
    }
}
