using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// A .NET exception's message in words a person reads: without the runtime's additions such as
/// <c>(Parameter 'feeling')</c> or <c>Actual value was 500.</c>, which name code, not the problem.
/// </summary>
internal static partial class PlainMessage
{
    /// <summary>The message of <paramref name="error"/> without the runtime's additions.</summary>
    /// <param name="error">The exception.</param>
    public static string Of(Exception error) => RuntimeAdditions().Replace(error.Message, string.Empty).Trim();

    /// <summary>
    /// The message of a JSON error in the console's own input, with the place as an editor shows it: System.Text.Json
    /// counts lines and bytes from 0 and names the .NET type it wanted; people count from 1 and want the member.
    /// </summary>
    /// <param name="error">The exception.</param>
    public static string Of(JsonException error)
    {
        var what = JsonAdditions().Replace(error.Message, string.Empty).TrimEnd('.');
        if (what.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            what = "A value here is not of the type or format expected";
        }

        // The same words as the library's own format errors: "…, at $.thoughts (line 2, byte 15 of that line)".
        var member = error.Path is { Length: > 1 } path ? $", at {path}" : "";
        return error.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{what}{member} (line {line + 1}, byte {(error.BytePositionInLine ?? 0) + 1} of that line).")
            : $"{what}{member}.";
    }

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)|\s*Actual value was [^\r\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex RuntimeAdditions();

    [GeneratedRegex(@"\s*(?:Path: \S* \| )?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonAdditions();
}
