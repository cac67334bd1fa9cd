using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Empathy.Core.Exercises;

namespace Empathy.Core.Interop.Fhir;

/// <summary>Writing helpers shared by the questionnaire and response writers: FHIR's JSON conventions in one place.</summary>
internal static class FhirJson
{
    // Relaxed escaping keeps accented pack texts readable (a FHIR file is not embedded in HTML here).
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Writes <paramref name="name"/> with the base text and, when the text has translations, the
    /// primitive's shadow element <c>_name</c> carrying one translation extension per culture.
    /// </summary>
    public static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteString(name, text.Invariant);
        if (text.Translations.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("_" + name);
        writer.WriteStartArray("extension");
        foreach (var (culture, translated) in text.Translations)
        {
            writer.WriteStartObject();
            writer.WriteString("url", FhirUrls.Translation);
            writer.WriteStartArray("extension");
            writer.WriteStartObject();
            writer.WriteString("url", "lang");
            writer.WriteString("valueCode", culture);
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteString("url", "content");
            writer.WriteString("valueString", translated);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>An instant in FHIR's dateTime form: seconds always, fraction only when there is one, and the offset.</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
