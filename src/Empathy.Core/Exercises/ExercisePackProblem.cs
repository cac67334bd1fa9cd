using System.Globalization;

namespace Empathy.Core.Exercises;

/// <summary>
/// A problem found in a pack file while loading it at run time: the same id (<c>EMP0001</c>…), message,
/// line and column that the build reports for the same file. Each id has a page in docs/diagnostics.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExercisePackProblem
{
    /// <summary>The rule id, <c>EMP0001</c> and up.</summary>
    public required string Id { get; init; }

    /// <summary>Whether the pack is unusable (error) or usable with something ignored (warning).</summary>
    public required ExercisePackProblemSeverity Severity { get; init; }

    /// <summary>What is wrong, and what is allowed.</summary>
    public required string Message { get; init; }

    /// <summary>The file the problem is in, as given to the loader; <see langword="null"/> when none was given.</summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line of the problem in the file.</summary>
    public required int Line { get; init; }

    /// <summary>The 1-based column of the problem in the line, in UTF-16 characters.</summary>
    public required int Column { get; init; }

    /// <summary>The problem in the compiler's format: <c>path(line,col): error EMP0003: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path ?? "(pack)"}({Line},{Column}): {(Severity == ExercisePackProblemSeverity.Error ? "error" : "warning")} {Id}: {Message}");
}
