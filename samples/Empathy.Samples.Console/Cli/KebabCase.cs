using System.Text;

namespace Empathy.Samples.Console.Cli;

/// <summary>Names enum values the way the command line spells them: <c>FeelsStronglyWhenSafe</c> → <c>feels-strongly-when-safe</c>.</summary>
internal static class KebabCase
{
    /// <summary>The kebab-case spelling of a PascalCase name.</summary>
    /// <param name="pascal">A PascalCase identifier.</param>
    public static string From(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Every value of <typeparamref name="TEnum"/> by its kebab-case name.</summary>
    public static IReadOnlyDictionary<string, TEnum> Names<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(v => From(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);
}
