using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Empathy.Core.Generators.Emitting;

/// <summary>Escaping for text that goes into generated C#: string literals and XML doc comments.</summary>
internal static class CSharp
{
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// A regular C# string literal holding <paramref name="value"/>, quotes included. Roslyn's own
    /// formatting escapes quotes, backslashes, line breaks and every character that is not printable
    /// (control characters, U+FFFE, U+FFFF, unpaired surrogates), so the literal keeps the text exactly.
    /// </summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// Text for an XML doc comment: markup characters escaped, white space (line breaks included)
    /// folded into single spaces, and every character XML cannot hold (control characters, U+FFFE,
    /// U+FFFF, unpaired surrogates) written as U+FFFD. Only the description changes: the string
    /// literals beside it keep the exact text.
    /// </summary>
    public static string Doc(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(IsXmlCharacter(value, i) ? c : Replacement); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Text for a one-line <c>//</c> comment: anything that is not printable (a line break among them) becomes U+FFFD.</summary>
    public static string Comment(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            builder.Append(c == ' ' || (IsXmlCharacter(value, i) && !char.IsWhiteSpace(c)) ? c : Replacement);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> may stand in XML text: not a control
    /// character, not U+FFFE or U+FFFF, and a surrogate only as half of a pair.
    /// </summary>
    private static bool IsXmlCharacter(string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index > 0 && char.IsHighSurrogate(value[index - 1]);
        }

        return !char.IsControl(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
