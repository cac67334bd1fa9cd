using System.Text.RegularExpressions;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>Removes ANSI escape sequences (cursor moves, styles) so that tests can read the text a person sees.</summary>
internal static partial class Ansi
{
    /// <summary>The text without escape sequences.</summary>
    /// <param name="text">Text that may hold escape sequences.</param>
    public static string Strip(string text) => EscapeSequence().Replace(text, string.Empty);

    [GeneratedRegex(@"\x1B(\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")]
    private static partial Regex EscapeSequence();
}
