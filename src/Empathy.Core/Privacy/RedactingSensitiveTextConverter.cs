using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Privacy;

/// <summary>
/// The default JSON converter for <see cref="SensitiveText"/>: writes <see cref="SensitiveText.Redacted"/>
/// and refuses to read it back, so that a redacted document is never mistaken for the real text.
/// </summary>
internal sealed class RedactingSensitiveTextConverter : JsonConverter<SensitiveText>
{
    public override SensitiveText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("Sensitive text must be a JSON string, not null.");
        if (text == SensitiveText.Redacted)
        {
            throw new JsonException(
                $"This document holds '{SensitiveText.Redacted}' in place of private text: it was written without revealing it, so the text is not in it. Write private documents with EmpathyJson.Revealing.");
        }

        return new SensitiveText(text);
    }

    public override void Write(Utf8JsonWriter writer, SensitiveText value, JsonSerializerOptions options) =>
        writer.WriteStringValue(SensitiveText.Redacted);
}
