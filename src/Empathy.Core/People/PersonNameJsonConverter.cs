using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.People;

/// <summary>Writes a <see cref="PersonName"/> as its string and reads it back, refusing a blank name.</summary>
internal sealed class PersonNameJsonConverter : JsonConverter<PersonName>
{
    public override PersonName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } name && !string.IsNullOrWhiteSpace(name)
            ? new PersonName(name)
            : throw new JsonException("A person's name must be a string that is not empty or white space.");

    public override void Write(Utf8JsonWriter writer, PersonName value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
