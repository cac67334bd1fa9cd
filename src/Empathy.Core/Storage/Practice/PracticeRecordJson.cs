using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Empathy.Core.Serialization;
using Empathy.Core.Utils;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// The JSON envelope of one practice record, as sealed into a store and as written in an export:
/// <c>{"id":…,"at":…,"schemaVersion":…,"value":{…}}</c>, the model written by the kind's source-generated
/// contract with its private text. Older schema versions are migrated on read by the kind's chain.
/// </summary>
internal static class PracticeRecordJson
{
    /// <summary>The envelope property that holds the kind's schema version.</summary>
    public const string VersionProperty = "schemaVersion";

    /// <summary>The record's envelope as UTF-8 JSON (private text included: seal it or hand it only to the owner).</summary>
    /// <exception cref="ArgumentException">The kind refuses the record, or its JSON is over <see cref="PracticeKind.MaxRecordBytes"/>.</exception>
    public static byte[] Serialize<T>(PracticeKind<T> kind, PracticeRecord<T> record, string paramName)
        where T : class
    {
        kind.ThrowIfInvalid(record, paramName);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, kind, record);
        }

        if (buffer.WrittenCount > PracticeKind.MaxRecordBytes)
        {
            var size = buffer.WrittenCount;
            buffer.Clear(); // wipes what was written
            throw new ArgumentException(
                $"The {kind.Name} record {record.Id} is {size:N0} bytes as JSON; a practice record may be at most {PracticeKind.MaxRecordBytes:N0} bytes. Split it (for instance one record per period) and store the parts.",
                paramName);
        }

        var bytes = buffer.WrittenSpan.ToArray();
        buffer.Clear();
        return bytes;
    }

    /// <summary>Writes the envelope of <paramref name="record"/>.</summary>
    public static void Write<T>(Utf8JsonWriter writer, PracticeKind<T> kind, PracticeRecord<T> record)
        where T : class
    {
        writer.WriteStartObject();
        writer.WriteString("id", record.Id.Value);
        writer.WriteString("at", record.At);
        writer.WriteNumber(VersionProperty, kind.SchemaVersion);
        writer.WritePropertyName("value");
        JsonSerializer.Serialize(writer, record.Value, kind.TypeInfo);
        writer.WriteEndObject();
    }

    /// <summary>Reads an envelope written by <see cref="Serialize"/>, of this or any older schema version.</summary>
    /// <exception cref="JournalFormatException">The JSON is malformed, newer than this library, or holds an invalid record.</exception>
    public static PracticeRecord<T> Deserialize<T>(PracticeKind<T> kind, ReadOnlySpan<byte> utf8Json, string where)
        where T : class
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8Json);
        }
        catch (JsonException error)
        {
            throw new JournalFormatException($"{where} is not valid JSON: {JsonErrorText.Describe(error)}.", error);
        }

        return node is JsonObject envelope
            ? FromNode(kind, envelope, where)
            : throw new JournalFormatException($"{where} must be a JSON object with 'id', 'at', '{VersionProperty}' and 'value'.");
    }

    /// <summary>Migrates an envelope to the kind's current schema and reads it; <paramref name="where"/> starts messages.</summary>
    /// <exception cref="JournalFormatException">The envelope is not a valid record of the kind.</exception>
    public static PracticeRecord<T> FromNode<T>(PracticeKind<T> kind, JsonObject envelope, string where)
        where T : class
    {
        var id = envelope["id"]?.ToString() ?? "missing";
        try
        {
            var version = envelope[VersionProperty] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var number)
                ? number
                : throw new JournalFormatException($"It has no whole-number '{VersionProperty}'.");
            kind.Migrations.MigrateToCurrent(envelope, version);

            var recordId = PracticeRecordId.TryParse(envelope["id"] is JsonValue idValue && idValue.GetValueKind() == JsonValueKind.String ? idValue.GetValue<string>() : null, out var parsed)
                ? parsed
                : throw new JournalFormatException("Its 'id' is not a non-empty GUID string.");
            var at = MomentWithOffsetConverter.TryRead(envelope["at"], out var instant)
                ? instant
                : throw MomentWithOffsetConverter.Refusal("Its 'at' is missing or not valid", $"{envelope.GetPath()}.at");
            var value = envelope["value"] is JsonObject model
                ? Read(model, kind) ?? throw new JournalFormatException("Its 'value' is null.")
                : throw new JournalFormatException("Its 'value' is not a JSON object.");
            return new PracticeRecord<T>(recordId, at, value);
        }
        catch (JournalFormatException error)
        {
            throw new JournalFormatException($"{where} (id {id}) cannot be read as {Articles.A(kind.Name)} record: {error.Message}", error);
        }
        catch (Exception error) when (error is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new JournalFormatException($"{where} (id {id}) is not a valid {kind.Name} record: {JsonErrorText.DescribeInPart(error)}", error);
        }
    }

    // The record's model, its moments read only with their offset; an error's path is made whole from the document's
    // root. A record is data written earlier (stored, or exported), so texts over limits added since still load.
    private static T? Read<T>(JsonObject model, PracticeKind<T> kind)
        where T : class
    {
        var info = EmpathyJson.RevealingImport.GetTypeInfo(typeof(T)) as JsonTypeInfo<T> ?? kind.TypeInfo;
        using var earlier = EarlierData.Reading();
        try
        {
            return model.Deserialize(info);
        }
        catch (JsonException error)
        {
            throw JsonDocumentPaths.FromRoot(model, error);
        }
    }
}
