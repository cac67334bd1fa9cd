using System.Text;
using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>
/// The FHIR <c>code</c> a choice option is written with. A code is words of non-white-space characters
/// joined by single spaces, while an option's value is any non-blank text, so a value that a code
/// cannot hold (white space at either end, doubled, or other than a space) is written percent-encoded.
/// </summary>
/// <remarks>
/// A value a code can hold, and that holds no <c>%</c>, is its own code (<c>tired</c>, <c>a bit sad</c>).
/// Every other value has each white-space character and each <c>%</c> written as <c>%XX</c> of its UTF-8
/// bytes, so its code always holds a <c>%</c>: no two values share a code, and reading maps a code back
/// to the option whose code it is.
/// </remarks>
internal static class FhirOptionCodes
{
    /// <summary>The code of an option with <paramref name="value"/>.</summary>
    public static string Of(string value)
    {
        if (IsPlainCode(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '%' && !char.IsWhiteSpace(c))
            {
                builder.Append(c);
                continue;
            }

            // '%' and white space are single UTF-16 units, never half of a surrogate pair.
            var count = Encoding.UTF8.GetBytes([c], bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The value of the option of <paramref name="step"/> whose code is <paramref name="code"/>; the code itself when no option has it.</summary>
    public static string ValueOf(ChoiceStep step, string code)
    {
        foreach (var option in step.Options)
        {
            if (Of(option.Value) == code)
            {
                return option.Value;
            }
        }

        return code;
    }

    // FHIR R4 code: [^\s]+( [^\s]+)* — no white space at either end, words joined by one space.
    private static bool IsPlainCode(string value)
    {
        if (value.Length == 0 || value.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
            {
                continue;
            }

            var joinsTwoWords = value[i] == ' ' && i > 0 && i < value.Length - 1 && !char.IsWhiteSpace(value[i - 1]) && !char.IsWhiteSpace(value[i + 1]);
            if (!joinsTwoWords)
            {
                return false;
            }
        }

        return true;
    }
}
