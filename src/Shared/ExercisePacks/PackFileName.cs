using System;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// What a pack file's name says: <c>kindness.exercises.json</c> is a base pack;
/// <c>kindness.exercises.es.json</c> is its Spanish variant, grouped with the base file beside it.
/// </summary>
/// <param name="Path">The file's path as given.</param>
/// <param name="BasePath">The path of the base file this file belongs to (itself for a base file).</param>
/// <param name="Culture">The culture of a variant, as written in the name; <see langword="null"/> for a base file.</param>
internal sealed record PackFileName(string Path, string BasePath, string? Culture)
{
    public const string Suffix = ".exercises.json";
    private const string Marker = ".exercises.";
    private const string Extension = ".json";

    /// <summary>Whether this is a locale variant rather than a base pack.</summary>
    public bool IsVariant => Culture is not null;

    /// <summary>The file name without its folder.</summary>
    public string FileName => FileNameOf(Path);

    /// <summary>Reads a pack file's name; <see langword="null"/> when the file is not a pack file.</summary>
    public static PackFileName? TryParse(string path)
    {
        if (path is null)
        {
            return null;
        }

        var fileName = FileNameOf(path);
        if (fileName.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && fileName.Length > Suffix.Length)
        {
            return new PackFileName(path, path, null);
        }

        var marker = fileName.LastIndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (marker <= 0 || !fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var cultureStart = marker + Marker.Length;
        var cultureLength = fileName.Length - Extension.Length - cultureStart;
        if (cultureLength <= 0)
        {
            return null;
        }

        var culture = fileName.Substring(cultureStart, cultureLength);
        if (culture.IndexOf('.') >= 0)
        {
            return null;
        }

        var folder = path.Substring(0, path.Length - fileName.Length);
        var basePath = folder + fileName.Substring(0, marker) + Suffix;
        return new PackFileName(path, basePath, culture);
    }

    /// <summary>Whether <paramref name="path"/> names a pack file or a variant of one.</summary>
    public static bool IsPackFile(string path) => TryParse(path) is not null;

    /// <summary>
    /// Whether a variant's culture is written as a culture name: a 2–3 letter language, then
    /// optional subtags of 2–8 letters or digits, joined by '-' (<c>es</c>, <c>pt-BR</c>, <c>zh-Hant-TW</c>).
    /// </summary>
    public static bool IsValidCultureName(string culture)
    {
        var parts = culture.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var min = 2;
            var max = i == 0 ? 3 : 8;
            if (part.Length < min || part.Length > max)
            {
                return false;
            }

            foreach (var c in part)
            {
                var letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                var digit = c >= '0' && c <= '9';
                if (!(letter || (digit && i > 0)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static string FileNameOf(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
