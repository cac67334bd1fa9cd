using System.Text;
using Empathy.Core.Utils;
using Empathy.Shared.ExercisePacks;

namespace Empathy.Core.Exercises;

/// <summary>
/// A pack of exercises: its name, title, version, the cultures it is translated into, and its
/// exercises. A generated pack class exposes one as <c>KindnessPack.Pack</c>; <see cref="Load(string, string?)"/>
/// and <see cref="LoadAll"/> read one at run time (a pack an app downloads) with the very rules the
/// build applies, so a file gets the same <c>EMPxxxx</c> problems in both places.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares every member, lists item by item.</remarks>
public sealed record ExercisePack
{
    /// <summary>The pack's name, kebab-case or snake_case (<c>kindness</c>); unique in a catalog.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string Name
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Name));
    }

    /// <summary>The pack's title.</summary>
    public required LocalizedText Title
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Title));
    }

    /// <summary>
    /// The pack's version as its author wrote it (<c>1.0.0</c>, <c>2.1.0-beta.1</c>); <see langword="null"/> when not given.
    /// It becomes part of the pack's FHIR canonicals (<c>url|version</c>), so it is a version token:
    /// ASCII letters and digits, '.', '-', '_' and '+', starting with a letter or digit, at most 64 characters.
    /// </summary>
    /// <exception cref="ArgumentException">The version is not such a token (white space, '|', '#', '/', empty, too long).</exception>
    public string? Version
    {
        get;
        init => field = value is null || PackVersion.IsValid(value, out var reason)
            ? value
            : throw new ArgumentException($"'{nameof(Version)}' {PackVersion.Rule}; {reason}.", nameof(Version));
    }

    /// <summary>The cultures the pack is translated into (its locale variants), besides its base language.</summary>
    public IReadOnlyList<string> Cultures
    {
        get;
        init => field = Guard.List(value, nameof(Cultures));
    } = [];

    /// <summary>The exercises, in the order of the pack file; ids unique.</summary>
    /// <exception cref="ArgumentException">The list is empty, holds null, or repeats an id.</exception>
    public required IReadOnlyList<ExerciseDefinition> Exercises
    {
        get;
        init
        {
            value = Guard.OrEmpty(value);
            if (value.Count == 0 || value.Any(e => e is null))
            {
                throw new ArgumentException("A pack holds at least one exercise, and no null exercise.", nameof(Exercises));
            }

            if (value.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() != value.Count)
            {
                throw new ArgumentException("Each exercise of a pack needs a different id.", nameof(Exercises));
            }

            field = [.. value];
        }
    }

    /// <summary>
    /// The most bytes a pack file may hold, 4 MiB (a UTF-8 byte order mark not counted). A larger file is
    /// problem EMP0020, from <see cref="Load(Stream, string?)"/>, <see cref="LoadAsync"/>, <see cref="Load(string, string?)"/>
    /// (text counted as the UTF-8 bytes it is saved as), <see cref="LoadAll"/> and the build alike; a stream is
    /// read no further than one byte past the limit.
    /// </summary>
    public const int MaxFileBytes = PackSize.MaxBytes;

    /// <summary>The exercise with the id <paramref name="exerciseId"/>, or <see langword="null"/>.</summary>
    /// <param name="exerciseId">An exercise id.</param>
    public ExerciseDefinition? FindExercise(string exerciseId) =>
        Exercises.FirstOrDefault(e => string.Equals(e.Id, exerciseId, StringComparison.Ordinal));

    /// <summary>Loads one pack file from its JSON text, read as a base pack (use <see cref="LoadAll"/> for locale variants).</summary>
    /// <param name="json">The pack file's text.</param>
    /// <param name="path">The file's path, carried into problems; optional.</param>
    /// <returns>The pack, or the problems that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ExercisePackLoadResult Load(string json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = path ?? string.Empty;
        var parsed = PackParser.ParseFile(new PackFileName(file, file, null), json);
        return PackMaterializer.ToResult(PackAssembler.Assemble([parsed], checkTypeNames: false)[0]);
    }

    /// <summary>
    /// Loads one pack file from a UTF-8 stream (with or without a byte order mark), read as a base pack; bytes that
    /// are not UTF-8 are problem EMP0001 at the first bad byte, and a file above <see cref="MaxFileBytes"/> is EMP0020
    /// (the stream is read no further than one byte past the limit).
    /// </summary>
    /// <param name="utf8Json">The pack file's bytes; left open.</param>
    /// <param name="path">The file's path, carried into problems; optional.</param>
    /// <returns>The pack, or the problems that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ExercisePackLoadResult Load(Stream utf8Json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var reader = new BoundedPackReader(utf8Json);
        while (reader.Read(utf8Json.Read(reader.Free.Span)))
        {
        }

        return LoadBytes(reader, path);
    }

    /// <summary>
    /// Loads one pack file from a UTF-8 stream without blocking, read as a base pack; bytes that are not UTF-8 are
    /// problem EMP0001 at the first bad byte, and a file above <see cref="MaxFileBytes"/> is EMP0020 (the stream is
    /// read no further than one byte past the limit).
    /// </summary>
    /// <param name="utf8Json">The pack file's bytes; left open.</param>
    /// <param name="path">The file's path, carried into problems; optional.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The pack, or the problems that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static async Task<ExercisePackLoadResult> LoadAsync(Stream utf8Json, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var reader = new BoundedPackReader(utf8Json);
        while (reader.Read(await utf8Json.ReadAsync(reader.Free, cancellationToken).ConfigureAwait(false)))
        {
        }

        return LoadBytes(reader, path);
    }

    /// <summary>Loads one base pack from its bytes, refusing any that are not UTF-8 rather than decoding them into replacement characters.</summary>
    private static ExercisePackLoadResult LoadBytes(BoundedPackReader reader, string? path)
    {
        var file = path ?? string.Empty;
        var parsed = reader.IsTooLarge
            ? ParsedPackFile.Failed(new PackFileName(file, file, null), PackSize.TooLarge(file))
            : PackParser.ParseFile(new PackFileName(file, file, null), reader.ToArray());
        return PackMaterializer.ToResult(PackAssembler.Assemble([parsed], checkTypeNames: false)[0]);
    }

    /// <summary>
    /// Loads a set of pack files, grouping each base file (<c>kindness.exercises.json</c>) with its
    /// locale variants (<c>kindness.exercises.es.json</c>) exactly as the build does.
    /// </summary>
    /// <param name="files">The files; base files and variants in any order.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>One result per base file (ordered by path), then one per variant that has no base file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is <see langword="null"/> or holds null.</exception>
    public static IReadOnlyList<ExercisePackLoadResult> LoadAll(IEnumerable<ExercisePackFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parsed = files.Select(file => PackParser.ParseFile(
            (file ?? throw new ArgumentNullException(nameof(files), "The files must not hold null.")).Path, file.Json, cancellationToken)).ToList();
        return [.. PackAssembler.Assemble(parsed, checkTypeNames: false, cancellationToken).Select(PackMaterializer.ToResult)];
    }

    /// <inheritdoc />
    public bool Equals(ExercisePack? other) =>
        other is not null
        && Name == other.Name
        && Title == other.Title
        && Version == other.Version
        && Cultures.SequenceEqual(other.Cultures, StringComparer.OrdinalIgnoreCase)
        && Exercises.SequenceEqual(other.Exercises);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Version, Exercises.Count);
}
