using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Storage;

/// <summary>Writes a <see cref="PracticeRecordId"/> as its GUID string and reads it back.</summary>
internal sealed class PracticeRecordIdConverter : JsonConverter<PracticeRecordId>
{
    public override PracticeRecordId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PracticeRecordId.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonException("A practice record id must be a non-empty GUID string.");

    public override void Write(Utf8JsonWriter writer, PracticeRecordId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
