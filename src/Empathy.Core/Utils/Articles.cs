namespace Empathy.Core.Utils;

/// <summary>
/// "a" or "an" before a noun a message names from a variable ("an owner data export", "an inner-critic record"),
/// so a sentence built around a name reads as English whatever the name is.
/// </summary>
internal static class Articles
{
    /// <summary><paramref name="noun"/> after "a" or "an", by its first letter (the library's nouns have no silent or sounded-out letters).</summary>
    public static string A(string noun) => (StartsWithVowel(noun) ? "an " : "a ") + noun;

    /// <summary>As <see cref="A"/>, capitalised to start a sentence.</summary>
    public static string CapitalA(string noun) => (StartsWithVowel(noun) ? "An " : "A ") + noun;

    private static bool StartsWithVowel(string noun) => noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal);
}
