using Empathy.Core.Utils;

namespace Empathy.Core.Exercises;

/// <summary>
/// One pack file to load with <see cref="ExercisePack.LoadAll"/>: its name (which says whether it is a
/// base pack, <c>kindness.exercises.json</c>, or a locale variant, <c>kindness.exercises.es.json</c>)
/// and its JSON text.
/// </summary>
/// <param name="Path">The file's path or name; variants are grouped with the base file of the same folder and name.</param>
/// <param name="Json">The file's text.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExercisePackFile(string Path, string Json)
{
    /// <summary>The file's path or name.</summary>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    public string Path
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Path));
    } = Path;

    /// <summary>The file's text.</summary>
    public string Json
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Json));
    } = Json;
}
