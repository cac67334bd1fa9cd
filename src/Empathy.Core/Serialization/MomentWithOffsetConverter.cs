using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Empathy.Core.Storage;

namespace Empathy.Core.Serialization;

/// <summary>
/// Reads a moment only with its offset from UTC, and writes it as System.Text.Json does. The readers of
/// documents a person brings (state-of-mind, journal, practice and whole-owner exports) read with it: a time
/// without an offset (<c>2026-11-28T15:30:00</c>) would otherwise be read in the time zone of whatever
/// computer reads it, moving the moment by hours without a word.
/// </summary>
internal sealed class MomentWithOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>What a moment must be, as the start of an error message (without a closing full stop).</summary>
    public const string Requirement = "A moment is a date and time with its offset from UTC, such as 2026-11-28T15:30:00-05:00 or 2026-11-28T20:30:00Z; without the offset it would be read in the reading computer's time zone";

    /// <summary>
    /// The error for a moment a document read as <see cref="JsonNode"/>s lacks or holds without its offset:
    /// <paramref name="problem"/> ("Its 'at' is missing or not valid"), what a moment must be, and where.
    /// </summary>
    public static JournalFormatException Refusal(string problem, string path) =>
        new($"{problem}: {Requirement}, at {path}.", new JsonException(Requirement, path, lineNumber: null, bytePositionInLine: null));

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var moment) && HasOffset(reader.GetString()!)
            ? moment
            : throw new JsonException(Requirement);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    /// <summary>Reads <paramref name="node"/> as a moment with its offset, as <see cref="Read"/> does for a document being deserialized.</summary>
    public static bool TryRead(JsonNode? node, out DateTimeOffset moment)
    {
        moment = default;
        return node is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            && value.TryGetValue(out moment)
            && HasOffset(value.GetValue<string>());
    }

    // ISO 8601 puts the offset after the time: "Z", or a sign and hours (the date's own '-'s come before the 'T').
    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (time < 0)
        {
            return false;
        }

        var rest = text.AsSpan(time + 1);
        return rest.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || rest.IndexOfAny('+', '-') >= 0;
    }
}
