using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Empathy.Core.Storage;

/// <summary>
/// The place of an error in a document read as <see cref="JsonNode"/>s: reading a part of it (an entry, a record)
/// reports paths from that part, and the file's lines are known only to the reader that parsed the whole text.
/// </summary>
internal static partial class JsonDocumentPaths
{
    /// <summary><paramref name="error"/>, raised reading <paramref name="part"/>, with its path from the document's root.</summary>
    public static JsonException FromRoot(JsonNode part, JsonException error)
    {
        var root = part.GetPath();
        var path = error.Path is { Length: > 1 } inPart ? root + inPart[1..] : root;
        return new JsonException(error.Message, path, lineNumber: null, bytePositionInLine: null, error);
    }

    /// <summary>
    /// <paramref name="error"/> with the line of the value it is about added, when that value is found in
    /// <paramref name="utf8Json"/> (the text the document was parsed from); otherwise <paramref name="error"/>.
    /// </summary>
    public static JournalFormatException WithLine(JournalFormatException error, ReadOnlySpan<byte> utf8Json)
    {
        if (Innermost(error) is not { Path: { Length: > 1 } path } || !error.Message.Contains(path, StringComparison.Ordinal))
        {
            return error;
        }

        var segments = Segment().Matches(path).Select(m => m.Groups[2].Success ? (object)int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : m.Groups[1].Value).ToList();
        return JsonPositions.Find(utf8Json, segments) is { } at
            ? new JournalFormatException(System.FormattableString.Invariant($"{error.Message.TrimEnd('.', ' ')} (line {at.Line + 1}, byte {at.Byte + 1} of that line)."), error)
            : error;
    }

    private static JsonException? Innermost(Exception error)
    {
        JsonException? found = null;
        for (var e = error.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json && json.Path is not null)
            {
                found ??= json; // the outermost path is the one made whole by FromRoot
            }
        }

        return found;
    }

    // "$.journal.entries[3].feltAt": member names and array indexes.
    [GeneratedRegex(@"\.([^.\[]+)|\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}
