using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Serialization;
using Empathy.Core.Storage.Migrations;
using Empathy.Core.Utils;

namespace Empathy.Core.Storage.Practice;

/// <summary>What the practice and whole-owner export documents share: parsing, indented writing, the version and time fields.</summary>
internal static class ExportDocumentJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    public static async Task WriteAsync(Stream destination, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(destination, Indented);
        write(writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static JsonObject Parse(ReadOnlySpan<byte> utf8Json, string subject)
    {
        try
        {
            return JsonNode.Parse(utf8Json) as JsonObject ?? throw NotAnObject(subject);
        }
        catch (JsonException error)
        {
            throw new JournalFormatException($"The {subject} is not valid JSON: {JsonErrorText.Describe(error)}.", error);
        }
    }

    /// <summary>Reads <c>formatVersion</c> and migrates <paramref name="document"/> to the chain's current format.</summary>
    public static void Migrate(JsonObject document, JsonMigrationChain chain)
    {
        var version = document["formatVersion"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) && number >= 0
            ? number
            : throw new JournalFormatException($"This is not {Articles.A(chain.Subject)}: it has no whole-number 'formatVersion'.");
        chain.MigrateToCurrent(document, version);
    }

    public static DateTimeOffset ExportedAt(JsonObject document, string subject) =>
        MomentWithOffsetConverter.TryRead(document["exportedAt"], out var at)
            ? at
            : throw MomentWithOffsetConverter.Refusal($"The {subject}'s 'exportedAt' is missing or not valid", $"{document.GetPath()}.exportedAt");

    public static JsonObject Part(JsonObject document, string property, string subject) =>
        document[property] as JsonObject ?? throw new JournalFormatException($"The {subject} has no '{property}' object.");

    private static JournalFormatException NotAnObject(string subject) =>
        new($"{Articles.CapitalA(subject)} must be a JSON object with 'formatVersion' and 'exportedAt'.");
}
