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

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)|\s*Actual value was [^\r\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex RuntimeAdditions();
}
