using System.Text.Json;
using System.Text.Json.Serialization;
using Empathy.Core.Storage;

namespace Empathy.Core.Serialization;

/// <summary>Writes a <see cref="JournalOwnerId"/> as its string and reads it back.</summary>
public sealed class JournalOwnerIdConverter : JsonConverter<JournalOwnerId>
{
    /// <inheritdoc />
    public override JournalOwnerId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JournalOwnerId.TryCreate(reader.GetString(), out var owner)
            ? owner
            : throw new JsonException($"A journal owner id must be a string of 1 to {JournalOwnerId.MaxLength} characters, not blank, without control characters.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JournalOwnerId value, JsonSerializerOptions options)
    {
        JournalOwnerId.ThrowIfDefault(value, nameof(value));
        writer.WriteStringValue(value.Value);
    }
}
