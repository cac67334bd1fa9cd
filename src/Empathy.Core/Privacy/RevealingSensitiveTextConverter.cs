using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Privacy;

/// <summary>
/// The JSON converter that writes and reads the real text of a <see cref="SensitiveText"/>.
/// Used by <c>EmpathyJson.Revealing</c> for storage and user-started exports only.
/// </summary>
internal sealed class RevealingSensitiveTextConverter : JsonConverter<SensitiveText>
{
    public override SensitiveText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("Sensitive text must be a JSON string, not null."));

    public override void Write(Utf8JsonWriter writer, SensitiveText value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Reveal());
}
