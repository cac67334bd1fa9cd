using Empathy.Core.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Empathy.Core.Generators.Tests;

/// <summary>The generated code compiles, with no error and no warning, together with code that uses it.</summary>
public class CompilationTests
{
    private const string Usage = """
        using System.Collections.Generic;
        using Empathy.Core.Exercises;

        namespace App;

        public static class Usage
        {
            public static IReadOnlyList<ExerciseResponseProblem> Kindness()
            {
                var exercise = MyApp.Exercises.KindnessPack.ListenFirst;
                ScaleStep intensity = exercise.Intensity;
                ChoiceStep felt = exercise.Felt;
                var response = new MyApp.Exercises.ListenFirstResponse { WhatHappened = "x", Felt = ["tired"], Intensity = intensity.Max };
                var back = MyApp.Exercises.ListenFirstResponse.FromJson(response.ToJson());
                _ = back.ToResponse();
                _ = felt.Options.Count + MyApp.Exercises.KindnessPack.All.Count;
                return response.Validate();
            }

            public static ExercisePack Daily() => App.Exercises.DailyPausePack.Pack;

            public static string Tricky() => Tests.Escaping.TrickyTextsPack.SayIt.Title;
        }
        """;

    [Fact]
    public void GeneratedCode_AndItsUse_CompileWithoutDiagnostics()
    {
        var compilation = GeneratorHarness.Compilation(Usage);
        var driver = GeneratorHarness.Driver(new[]
        {
            "kindness.exercises.json", "kindness.exercises.es.json", "daily_pause.exercises.json", "escaping.exercises.json",
        }.Select(f => EmitterSnapshotTests.Pack(f)).Select(p => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDir + p.Path, p.Text)));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Empty(problems);
        Assert.Equal(3, output.SyntaxTrees.Count() - 1);
    }

    [Fact]
    public void PackWithAnError_GeneratesNothingButTheDiagnostic()
    {
        var run = GeneratorHarness.Run(("Packs/bad.exercises.json", """{ "pack": "bad" }"""));

        Assert.Empty(run.Sources);
        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.Equal("EMP0002", d.Id));
    }

    [Fact]
    public void FilesWithoutTheSuffix_AreIgnored()
    {
        var run = GeneratorHarness.Run(("Packs/settings.json", "not json at all"), ("Packs/readme.exercises.md", "# no"));

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }
}
