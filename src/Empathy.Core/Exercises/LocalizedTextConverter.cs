using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Exercises;

/// <summary>
/// Writes a <see cref="LocalizedText"/> as a plain string when it has no translations, else as
/// <c>{"text": "...", "translations": {"es": "..."}}</c>, and reads both forms back.
/// </summary>
internal sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new LocalizedText(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A localized text is a string, or an object with \"text\" and \"translations\".");
        }

        string? text = null;
        var translations = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "text":
                    text = reader.GetString();
                    break;
                case "translations":
                    ReadTranslations(ref reader, translations);
                    break;
                default:
                    throw new JsonException($"A localized text has only \"text\" and \"translations\", not \"{property}\".");
            }
        }

        return new LocalizedText(text ?? throw new JsonException("A localized text object needs \"text\"."), translations);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        if (value.Translations.Count == 0)
        {
            writer.WriteStringValue(value.Invariant);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("text", value.Invariant);
        writer.WriteStartObject("translations");
        foreach (var (culture, text) in value.Translations)
        {
            writer.WriteString(culture, text);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void ReadTranslations(ref Utf8JsonReader reader, List<KeyValuePair<string, string>> translations)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("\"translations\" is an object mapping culture names to texts.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var culture = reader.GetString()!;
            reader.Read();
            translations.Add(new(culture, reader.GetString() ?? throw new JsonException($"The translation for '{culture}' must be a string.")));
        }
    }
}
