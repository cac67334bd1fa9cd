using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Samples.Web.Json;

/// <summary>
/// Reads a moment in a request body only with its offset from UTC (<c>2026-12-01T10:00:00+01:00</c> or
/// <c>…Z</c>). Without one, System.Text.Json would read <c>2026-12-01T10:00:00</c> in the server's time zone
/// and move the moment by hours without a word; the refusal is a <see cref="MomentRefusedException"/>,
/// answered as a field error (<see cref="Hosting.WebApiSetup"/>). Writes as System.Text.Json does.
/// </summary>
/// <remarks>
/// The library has its own (internal) converter for the documents it reads; the host keeps its own so that the
/// API's refusal is worded for a request, not for a file.
/// </remarks>
internal sealed class MomentWithOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var moment) && HasOffset(reader.GetString()!)
            ? moment
            : throw new MomentRefusedException();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    // ISO 8601 puts the offset after the time: "Z", or a sign and hours (the date's own '-'s come before the 'T').
    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (time < 0)
        {
            return false; // a date alone names no moment
        }

        var rest = text.AsSpan(time + 1);
        return rest.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || rest.IndexOfAny('+', '-') >= 0;
    }
}
