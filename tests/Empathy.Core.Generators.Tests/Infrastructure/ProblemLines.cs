using System.Globalization;
using Empathy.Core.Exercises;
using Microsoft.CodeAnalysis;

namespace Empathy.Core.Generators.Tests.Infrastructure;

/// <summary>
/// Writes a generator diagnostic and a runtime loader problem as the same line,
/// <c>file(line,col): error EMP0003: message</c>, so that tests can compare the two sides.
/// </summary>
internal static class ProblemLines
{
    /// <summary>The generator's diagnostics, sorted.</summary>
    public static List<string> Of(GeneratorRun run) => [.. run.Diagnostics.Select(Describe).Order(StringComparer.Ordinal)];

    /// <summary>What <see cref="ExercisePack.LoadAll"/> reports for the same files, sorted.</summary>
    public static List<string> OfLoader(IEnumerable<(string Path, string Text)> files) =>
        [.. ExercisePack.LoadAll(files.Select(f => new ExercisePackFile(f.Path, f.Text)))
            .SelectMany(r => r.Problems)
            .Select(Describe)
            .Order(StringComparer.Ordinal)];

    /// <summary>Whether <see cref="ExercisePack.LoadAll"/> loads every pack of <paramref name="files"/>.</summary>
    public static bool LoaderAccepts(IEnumerable<(string Path, string Text)> files) =>
        ExercisePack.LoadAll(files.Select(f => new ExercisePackFile(f.Path, f.Text))).All(r => r.Pack is not null);

    /// <summary>A diagnostic as a line, with its rule's own severity (a warnings-as-errors build raises EMP0012 to an error).</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return Line(Path.GetFileName(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            diagnostic.DefaultSeverity == DiagnosticSeverity.Warning ? "warning" : "error", diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    public static string Describe(ExercisePackProblem problem) =>
        Line(Path.GetFileName(problem.Path ?? string.Empty), problem.Line, problem.Column,
            problem.Severity == ExercisePackProblemSeverity.Warning ? "warning" : "error", problem.Id, problem.Message);

    private static string Line(string file, int line, int column, string severity, string id, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}({line},{column}): {severity} {id}: {message}");
}
