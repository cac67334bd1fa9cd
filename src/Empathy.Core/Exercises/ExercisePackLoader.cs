using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Empathy.Core.Exercises;

/// <summary>
/// The default <see cref="IExercisePackLoader"/>: <see cref="ExercisePack"/>'s loading rules, with a log
/// entry for each problem (a warning for an error, information for a warning) and a debug entry for
/// each pack that loaded. Log entries carry pack names, paths, problem ids and positions: packs are
/// an app's content, never a person's private text.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class ExercisePackLoader : IExercisePackLoader
{
    private readonly ILogger _logger;

    /// <summary>Creates a loader that writes to <paramref name="logger"/>.</summary>
    /// <param name="logger">Where problems are logged; <see langword="null"/> logs nothing.</param>
    public ExercisePackLoader(ILogger<ExercisePackLoader>? logger = null) =>
        _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <inheritdoc />
    public ExercisePackLoadResult Load(string json, string? path = null) => Logged(ExercisePack.Load(json, path), path);

    /// <inheritdoc />
    public async Task<ExercisePackLoadResult> LoadAsync(Stream utf8Json, string? path = null, CancellationToken cancellationToken = default) =>
        Logged(await ExercisePack.LoadAsync(utf8Json, path, cancellationToken).ConfigureAwait(false), path);

    /// <inheritdoc />
    public IReadOnlyList<ExercisePackLoadResult> LoadAll(IEnumerable<ExercisePackFile> files, CancellationToken cancellationToken = default)
    {
        var results = ExercisePack.LoadAll(files, cancellationToken);
        foreach (var result in results)
        {
            Logged(result, path: null);
        }

        return results;
    }

    private ExercisePackLoadResult Logged(ExercisePackLoadResult result, string? path)
    {
        foreach (var problem in result.Problems)
        {
            var file = problem.Path ?? path ?? "";
            if (problem.Severity == ExercisePackProblemSeverity.Error)
            {
                PackError(problem.Id, file, problem.Line, problem.Column, problem.Message);
            }
            else
            {
                PackWarning(problem.Id, file, problem.Line, problem.Column, problem.Message);
            }
        }

        if (result.Pack is { } pack)
        {
            PackLoaded(pack.Name, pack.Version ?? "", pack.Exercises.Count, path ?? "");
        }
        else
        {
            PackNotLoaded(path ?? result.Problems.FirstOrDefault()?.Path ?? "", result.Problems.Count(p => p.Severity == ExercisePackProblemSeverity.Error));
        }

        return result;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Exercise pack problem {ProblemId} in '{PackPath}' at {Line}:{Column}: {ProblemMessage}")]
    private partial void PackError(string problemId, string packPath, int line, int column, string problemMessage);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Exercise pack warning {ProblemId} in '{PackPath}' at {Line}:{Column}: {ProblemMessage}")]
    private partial void PackWarning(string problemId, string packPath, int line, int column, string problemMessage);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Exercise pack '{PackPath}' did not load: {ErrorCount} error(s)")]
    private partial void PackNotLoaded(string packPath, int errorCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Loaded exercise pack {PackName} {PackVersion} ({ExerciseCount} exercises) from '{PackPath}'")]
    private partial void PackLoaded(string packName, string packVersion, int exerciseCount, string packPath);
}
