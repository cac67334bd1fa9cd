using System.Text.Json;
using System.Text.Json.Serialization;
using Empathy.Core.Utils;

namespace Empathy.Core.People;

/// <summary>
/// Writes a <see cref="PersonName"/> as its string and reads it back, refusing a blank name and one over
/// <see cref="PersonName.MaxLength"/> (except while data written earlier is read: see <see cref="EarlierData"/>).
/// </summary>
internal sealed class PersonNameJsonConverter : JsonConverter<PersonName>
{
    public override PersonName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.GetString() is not { } name || string.IsNullOrWhiteSpace(name))
        {
            throw new JsonException("A person's name must be a string that is not empty or white space.");
        }

        // Refused as a JSON error, so the reader names the member and the line.
        return Guard.LengthProblem(name.Trim(), PersonName.MaxLength, PersonName.Described) is { } tooLong
            ? throw new JsonException(tooLong)
            : new PersonName(name);
    }

    public override void Write(Utf8JsonWriter writer, PersonName value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
