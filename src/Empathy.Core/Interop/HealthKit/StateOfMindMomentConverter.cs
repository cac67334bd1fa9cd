using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// Reads the moments of a state-of-mind export (a sample's <c>date</c>, the export's <c>exportedAt</c>)
/// only with their offset from UTC, and writes them as System.Text.Json does; <c>StateOfMindJson</c>
/// reads exports with it. A time without an offset
/// (<c>2026-11-28T15:30:00</c>) would otherwise be read in the time zone of whatever computer reads it,
/// moving the feeling by hours without a word.
/// </summary>
internal sealed class StateOfMindMomentConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var moment) && HasOffset(reader.GetString()!))
        {
            return moment;
        }

        throw new JsonException("A moment is a date and time with its offset from UTC, such as 2026-11-28T15:30:00-05:00 or 2026-11-28T20:30:00Z; without the offset it would be read in the reading computer's time zone");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

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
