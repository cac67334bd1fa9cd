using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Empathy.Core.Storage;

/// <summary>
/// A System.Text.Json error in words for the person who wrote the file: what is wrong, at which member,
/// and on which line, with lines and bytes counted from 1 as editors do (System.Text.Json counts from 0,
/// and names .NET types instead of saying what was expected).
/// </summary>
/// <remarks>
/// The library's own format errors (<see cref="JournalFormatException"/>, FHIR and HealthKit reads) are worded
/// with it; a host uses it for the JSON it reads itself, so that every error names a place the same way.
/// Thread-safe.
/// </remarks>
public static partial class JsonErrorText
{
    /// <summary>
    /// Describes <paramref name="error"/>, raised while reading a document from its text: "'}' is an invalid
    /// start of a value (line 3, byte 15 of that line)", "A value here is not of the type or format expected,
    /// at $.entries[0].feltAt (line 9, byte 30 of that line)".
    /// </summary>
    /// <param name="error">The error.</param>
    /// <returns>One sentence, without a closing full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public static string Describe(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var what = WithPath(error);
        return error.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{what} (line {line + 1}, byte {(error.BytePositionInLine ?? 0) + 1} of that line)")
            : what;
    }

    /// <summary>
    /// The message of an error raised while reading a part of a document that was parsed already (a
    /// <c>JsonNode</c>): a JSON error's line numbers count a copy of that part, not the file, so only its
    /// path is said; any other error's message is its own.
    /// </summary>
    internal static string DescribeInPart(Exception error) => error is JsonException json ? $"{WithPath(json)}." : error.Message;

    private static string WithPath(JsonException error)
    {
        var what = Position().Replace(error.Message, string.Empty);
        what = TypeConversion().Replace(what, "A value here is not of the type or format expected");
        what = UnknownMember().Replace(what, "There is no member '$1' in this place");
        what = MissingMembers().Replace(what, "Missing required members: $1").TrimEnd('.', ' ');
        return error.Path is { Length: > 1 } path ? $"{what}, at {path}" : what;
    }

    // What System.Text.Json appends to its messages: " Path: $.x | LineNumber: 0 | BytePositionInLine: 5."
    [GeneratedRegex(@"\s*(?:Path: \S* \| )?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$|\s*Path: \S*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Position();

    // "The JSON value could not be converted to Empathy.Core.Journal.JournalEntry." names code, not the problem.
    [GeneratedRegex(@"The JSON value could not be converted to \S+", RegexOptions.CultureInvariant)]
    private static partial Regex TypeConversion();

    // "The JSON property 'x' could not be mapped to any .NET member contained in type 'Y'.", for a document read strictly.
    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped to any \.NET member contained in type '[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownMember();

    // "JSON deserialization for type 'Y' was missing required properties including: 'exportedAt'." names the type, not the document.
    [GeneratedRegex(@"JSON deserialization for type '[^']*' was missing required properties including: (.*)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingMembers();
}
