using System.Text.RegularExpressions;

namespace Empathy.Core.Storage;

/// <summary>
/// A model's own check, as the person who wrote the file should read it: the message the library gave, without
/// what .NET appends to it (" (Parameter 'Valence')", "Actual value was 1.5."), which names code, not the problem.
/// </summary>
internal static partial class ArgumentErrorText
{
    /// <summary>The library's message of <paramref name="error"/>, without .NET's parameter and value suffix.</summary>
    public static string OwnWords(ArgumentException error) => Suffix().Replace(error.Message, string.Empty);

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)(?:\r?\n.*)?$|\r?\nActual value was .*$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
