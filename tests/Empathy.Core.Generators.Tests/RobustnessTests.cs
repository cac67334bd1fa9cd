using Empathy.Core.Generators.Tests.Infrastructure;
using Empathy.Shared.ExercisePacks;
using FsCheck;
using FsCheck.Fluent;

namespace Empathy.Core.Generators.Tests;

/// <summary>Bad input never crashes the generator (no CS8785, no AD0001) and never passes silently.</summary>
public class RobustnessTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Generator_OnArbitraryText_NeverThrowsAndExplainsEveryEmptyOutput() =>
        Prop.ForAll<string>(text =>
        {
            var run = GeneratorHarness.Run(("Packs/fuzz.exercises.json", text ?? ""));
            return run.Exception is null
                && run.Diagnostics.All(d => d.Id.StartsWith("EMP", StringComparison.Ordinal))
                && (run.Sources.Any() || run.Diagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        }).Check(Quick);

    [Fact]
    public void Generator_OnEveryPrefixOfAValidPack_NeverThrowsAndReportsAnError()
    {
        var text = EmitterSnapshotTests.Pack("kindness.exercises.json").Text;
        for (var length = 0; length < text.TrimEnd().Length; length += 7)
        {
            var run = GeneratorHarness.Run(("Packs/cut.exercises.json", text[..length]));

            Assert.Null(run.Exception);
            Assert.Contains(run.Diagnostics, d => d.Id == PackRules.InvalidJson);
        }
    }

    [Fact]
    public void Generator_OnDeeplyNestedInput_ReportsNestingInsteadOfOverflowingTheStack()
    {
        var run = GeneratorHarness.Run(("Packs/deep.exercises.json", new string('[', 100_000)));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Contains("nesting", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parser_WhenCancelled_StopsWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => PackParser.Parse("x", EmitterSnapshotTests.Pack("kindness.exercises.json").Text, cancelled.Token));
    }

    [Fact]
    public void UnexpectedError_SaysWhatFailedInPlainWords_WithTheDetail_AndNamesNoDotNetType()
    {
        var problem = PackProblem.Unexpected("Packs/calm.exercises.json", new InvalidOperationException("Sequence contains no elements."), PackProblem.Stage.Checking);

        Assert.Equal(PackRules.UnexpectedError, problem.Id);
        Assert.Equal("The exercise pack could not be checked because of an unexpected error in Empathy.Core (Sequence contains no elements); this is not a mistake in the pack: please report it with the pack file", problem.Message);
        Assert.DoesNotContain("Exception", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedError_WithoutADetail_StillSaysWhatFailed() =>
        Assert.Contains("could not be turned into C# because of an unexpected error in Empathy.Core (no detail was given)", PackProblem.Unexpected(null, new InvalidOperationException(" "), PackProblem.Stage.Generating).Message, StringComparison.Ordinal);
}
