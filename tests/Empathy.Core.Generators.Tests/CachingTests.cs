using System.Collections;
using System.Reflection;
using Empathy.Core.Generators.Model;
using Empathy.Core.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Empathy.Core.Generators.Tests;

/// <summary>The pipeline caches: nothing is redone that did not change, and no cached model holds compiler objects.</summary>
public class CachingTests
{
    private static readonly string[] PipelineSteps = [TrackingNames.ParsedFiles, TrackingNames.Packs, TrackingNames.Settings, TrackingNames.Outputs];

    private static List<AdditionalText> Files() =>
    [
        .. new[] { "kindness.exercises.json", "kindness.exercises.es.json", "daily_pause.exercises.json", "escaping.exercises.json" }
            .Select(EmitterSnapshotTests.Pack)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDir + p.Path, p.Text)),
    ];

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(List<AdditionalText> files)
    {
        var compilation = GeneratorHarness.Compilation("namespace App; public sealed class Marker { }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Outputs(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => (step, o.Reason));

    [Fact]
    public void SecondRun_WithNothingChanged_IsAllCachedOrUnchanged()
    {
        var files = Files();
        var (driver, compilation) = FirstRun(files);

        driver = driver.RunGenerators(compilation.Clone());

        var reasons = PipelineSteps.SelectMany(step => Outputs(driver, step)).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r.Step} was {r.Reason}"));
        Assert.All(driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EditingOnePack_RegeneratesOnlyItsOutput()
    {
        var files = Files();
        var (driver, compilation) = FirstRun(files);
        var daily = files.Single(f => f.Path.EndsWith("daily_pause.exercises.json", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(daily.Path, daily.GetText()!.ToString().Replace("A daily pause", "A daily pause, edited"));

        driver = driver.ReplaceAdditionalText(daily, edited).RunGenerators(compilation);

        var outputs = Outputs(driver, TrackingNames.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(outputs.Count - 1, outputs.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var parsed = Outputs(driver, TrackingNames.ParsedFiles).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        var generated = driver.GetRunResult().Results[0].GeneratedSources;
        Assert.Contains(generated, s => s.SourceText.ToString().Contains("A daily pause, edited", StringComparison.Ordinal));
    }

    [Fact]
    public void UnrelatedCSharpEdit_RegeneratesNothing()
    {
        var files = Files();
        var (driver, compilation) = FirstRun(files);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; public sealed class Another { }", GeneratorHarness.ParseOptions));

        driver = driver.RunGenerators(edited);

        var reasons = PipelineSteps.SelectMany(step => Outputs(driver, step)).ToList();
        Assert.All(reasons, r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r.Step} was {r.Reason}"));
    }

    [Fact]
    public void CachedModels_HoldNoSymbolSyntaxNodeLocationOrCompilation()
    {
        var (driver, _) = FirstRun(Files());
        var steps = driver.GetRunResult().Results[0].TrackedSteps;

        Assert.All(PipelineSteps, step => Assert.True(steps.ContainsKey(step), $"step {step} is not tracked"));
        foreach (var step in PipelineSteps)
        {
            foreach (var output in steps[step].SelectMany(s => s.Outputs))
            {
                AssertNoCompilerObjects(output.Value, $"{step}", []);
            }
        }
    }

    private static void AssertNoCompilerObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel,
            $"{path} holds a {value.GetType().Name}, which must not be cached");

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertNoCompilerObjects(item, $"{path}[{i++}]", seen);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoCompilerObjects(property.GetValue(value), $"{path}.{property.Name}", seen);
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance))
        {
            AssertNoCompilerObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
