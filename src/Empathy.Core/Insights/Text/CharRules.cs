using System.Globalization;
using System.Runtime.CompilerServices;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// How characters are read: which belong to words, which end a clause or a sentence, and how a
/// word character is normalised (lower case, accents folded, every apostrophe written as ').
/// </summary>
/// <remarks>
/// Used both when lexicon phrases are compiled and when text is scanned, so a phrase and the text
/// it should match are normalised by exactly the same rules.
/// </remarks>
internal static class CharRules
{
    public const char Apostrophe = '\'';

    // ASCII: the normalised form of a word character (letters lower-cased, digits as they are), '\0' otherwise.
    private static readonly char[] AsciiFold = BuildAsciiFold();

    private static char[] BuildAsciiFold()
    {
        var table = new char[128];
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = c;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = c;
            table[c - 32] = c;
        }

        return table;
    }

    /// <summary>Whether <paramref name="c"/> is part of a word: a letter, a digit or a combining mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? AsciiFold[c] != '\0' : IsNonAsciiWordChar(c);

    /// <summary>For an ASCII character: its normalised form when it is a word character, '\0' when it is not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldAscii(char c) => AsciiFold[c];

    // ʼ (U+02BC) is a letter to Unicode, but people type it as an apostrophe: read it as one.
    private static bool IsNonAsciiWordChar(char c) =>
        !IsApostrophe(c)
        && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>Whether <paramref name="c"/> is one of the ways people type an apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u00B4' or '`' or '\u2018';

    /// <summary>Whether <paramref name="c"/> ends a sentence.</summary>
    public static bool EndsSentence(char c) => c is '.' or '!' or '?' or '\n' or '\r' or '\u2026' or '\u00A1' or '\u00BF' or '\u2029';

    /// <summary>
    /// The normalised form of a word character: lower case, Latin accents removed (ñ is kept, as it
    /// is a letter of its own in Spanish), apostrophes as '. Returns <c>'\0'</c> for characters that
    /// are dropped (combining marks).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return AsciiFold[c] != '\0' ? AsciiFold[c] : c;
        }

        return FoldNonAscii(c);
    }

    private static char FoldNonAscii(char c)
    {
        if (IsApostrophe(c))
        {
            return Apostrophe;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            return '\0';
        }

        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            >= '\u00E0' and <= '\u00E5' => 'a',
            '\u00E7' => 'c',
            >= '\u00E8' and <= '\u00EB' => 'e',
            >= '\u00EC' and <= '\u00EF' => 'i',
            >= '\u00F2' and <= '\u00F6' => 'o',
            >= '\u00F9' and <= '\u00FC' => 'u',
            '\u00FD' or '\u00FF' => 'y',
            _ => lower,
        };
    }

    /// <summary>Normalises a whole word into a new string (used when compiling lexicons, never on the hot path).</summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }
        }

        return new string(buffer[..length]);
    }
}
