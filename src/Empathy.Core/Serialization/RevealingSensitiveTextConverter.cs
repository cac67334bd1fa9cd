using System.Text.Json;
using System.Text.Json.Serialization;
using Empathy.Core.Privacy;

namespace Empathy.Core.Serialization;

/// <summary>
/// The JSON converter that writes and reads the real text of a <see cref="SensitiveText"/>.
/// Used by <see cref="EmpathyJson.Revealing"/> for storage and user-started exports only.
/// </summary>
public sealed class RevealingSensitiveTextConverter : JsonConverter<SensitiveText>
{
    /// <inheritdoc />
    public override SensitiveText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("Sensitive text must be a JSON string, not null."));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SensitiveText value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Reveal());
}
