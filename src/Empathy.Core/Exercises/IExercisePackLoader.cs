namespace Empathy.Core.Exercises;

/// <summary>
/// Loads exercise packs at run time (packs an app downloads or keeps as files) and tells the host's
/// log what went wrong: the same results as <see cref="ExercisePack.Load(string, string?)"/> and
/// <see cref="ExercisePack.LoadAll"/>, with one log entry per problem (its id, file, line, column and
/// message) and one per loaded pack. <c>services.AddEmpathy()</c> registers it.
/// </summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface IExercisePackLoader
{
    /// <summary>Loads one base pack file from its JSON text.</summary>
    /// <param name="json">The pack file's text.</param>
    /// <param name="path">The file's path, carried into problems and log entries; optional.</param>
    /// <returns>The pack, or the problems that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    ExercisePackLoadResult Load(string json, string? path = null);

    /// <summary>Loads one base pack file from a UTF-8 stream without blocking.</summary>
    /// <param name="utf8Json">The pack file's bytes; left open.</param>
    /// <param name="path">The file's path, carried into problems and log entries; optional.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The pack, or the problems that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    Task<ExercisePackLoadResult> LoadAsync(Stream utf8Json, string? path = null, CancellationToken cancellationToken = default);

    /// <summary>Loads a set of pack files, each base file with its locale variants.</summary>
    /// <param name="files">The files; base files and variants in any order.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>One result per base file (ordered by path), then one per variant that has no base file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is <see langword="null"/> or holds null.</exception>
    IReadOnlyList<ExercisePackLoadResult> LoadAll(IEnumerable<ExercisePackFile> files, CancellationToken cancellationToken = default);
}
