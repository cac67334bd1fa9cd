using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Journal;

/// <summary>Writes a <see cref="JournalEntryId"/> as its GUID string and reads it back.</summary>
internal sealed class JournalEntryIdConverter : JsonConverter<JournalEntryId>
{
    public override JournalEntryId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JournalEntryId.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonException("A journal entry id must be a non-empty GUID string.");

    public override void Write(Utf8JsonWriter writer, JournalEntryId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
