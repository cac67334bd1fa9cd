using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Storage;

/// <summary>Writes a <see cref="JournalOwnerId"/> as its string and reads it back.</summary>
internal sealed class JournalOwnerIdConverter : JsonConverter<JournalOwnerId>
{
    public override JournalOwnerId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JournalOwnerId.TryCreate(reader.GetString(), out var owner)
            ? owner
            : throw new JsonException($"A journal owner id must be a string of 1 to {JournalOwnerId.MaxLength} characters, not blank, without control characters.");

    public override void Write(Utf8JsonWriter writer, JournalOwnerId value, JsonSerializerOptions options)
    {
        JournalOwnerId.ThrowIfDefault(value, nameof(value));
        writer.WriteStringValue(value.Value);
    }
}
