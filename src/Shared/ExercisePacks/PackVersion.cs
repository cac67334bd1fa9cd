using System.Globalization;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// What a pack's version may be: a version token such as <c>1.0.0</c> or <c>2.1.0-beta.1+build.5</c>.
/// The version becomes part of FHIR canonicals (<c>url|version</c>) and of messages, so it must hold
/// no white space and none of the characters that end or split a URL (<c>|</c>, <c>#</c>, <c>/</c>, ...).
/// One rule for the build, the runtime loader and <c>ExercisePack.Version</c>.
/// </summary>
internal static class PackVersion
{
    /// <summary>The longest version allowed, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>What a version must be, as messages say it (the reason follows it).</summary>
    public const string Rule = "must be a version such as 1.0.0 or 2.1.0-beta.1: ASCII letters and digits, '.', '-', '_' and '+', starting with a letter or digit, at most 64 characters";

    /// <summary>
    /// Whether <paramref name="version"/> is a version token; otherwise <paramref name="reason"/> says
    /// what is wrong with it (<c>it holds a space at character 4</c>).
    /// </summary>
    public static bool IsValid(string version, out string reason)
    {
        if (version.Length == 0)
        {
            reason = "it is empty";
            return false;
        }

        if (version.Length > MaxLength)
        {
            reason = "it is " + PackText.Number(version.Length) + " characters long";
            return false;
        }

        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i];
            if (IsLetterOrDigit(c))
            {
                continue;
            }

            if (c is '.' or '-' or '_' or '+')
            {
                if (i == 0)
                {
                    reason = "it starts with '" + c + "'";
                    return false;
                }

                continue;
            }

            reason = "it holds " + Describe(version, i) + " at character " + PackText.Number(i + 1);
            return false;
        }

        reason = string.Empty;
        return true;
    }

    private static bool IsLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>The character at <paramref name="index"/> in words: white space by its name, an invisible one by its code.</summary>
    private static string Describe(string text, int index)
    {
        var c = text[index];
        switch (c)
        {
            case ' ':
                return "a space";
            case '\t':
                return "a tab";
            case '\n' or '\r' or '\u2028' or '\u2029' or '\u0085':
                return "a line break";
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return "'" + text.Substring(index, 2) + "'";
        }

        var category = char.GetUnicodeCategory(c);
        var invisible = char.IsWhiteSpace(c) || char.IsSurrogate(c)
            || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.PrivateUse;
        return invisible ? "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";
    }
}
