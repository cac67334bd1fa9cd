using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Migrations;
using Empathy.Core.Utils;

namespace Empathy.Core.Serialization;

/// <summary>
/// Writes one <see cref="JournalEntry"/> as JSON with its private text, and reads it back from any schema
/// version this library knows, migrating older ones. Stores use it for the entry data they keep.
/// </summary>
/// <remarks>
/// The JSON reveals the private text (<see cref="EmpathyJson.Revealing"/>): encrypt it before it leaves
/// memory. An object without <c>schemaVersion</c> is a pre-1.0 entry (version 0, see docs/storage.md).
/// </remarks>
public static class JournalEntryJson
{
    private const string VersionProperty = "schemaVersion";

    /// <summary>The entry as UTF-8 JSON, private text included.</summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonSerializer.SerializeToUtf8Bytes(entry, EmpathyJson.Revealing.JournalEntry);
    }

    /// <summary>Reads an entry written by <see cref="SerializeToUtf8Bytes"/> (of this or any older version).</summary>
    /// <param name="utf8Json">The entry's UTF-8 JSON.</param>
    /// <returns>The entry, at <see cref="JournalEntry.CurrentSchemaVersion"/>.</returns>
    /// <exception cref="JournalFormatException">
    /// The JSON is malformed, holds an invalid entry, or was written by a newer version.
    /// </exception>
    public static JournalEntry Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        // An entry is data written earlier (stored, or exported), so texts over limits added since still load.
        using var earlier = EarlierData.Reading();
        try
        {
            if (PeekSchemaVersion(utf8Json) == JournalEntry.CurrentSchemaVersion)
            {
                try
                {
                    return JsonSerializer.Deserialize(utf8Json, EmpathyJson.Revealing.JournalEntry)
                        ?? throw new JournalFormatException("A journal entry must be a JSON object, not null.");
                }
                catch (ArgumentException)
                {
                    // A model refused a value: the slow path repairs what older versions allowed and names the rest.
                }
            }

            return JsonNode.Parse(utf8Json) is JsonObject node
                ? FromNode(node, "The journal entry")
                : throw new JournalFormatException("A journal entry must be a JSON object.");
        }
        catch (JsonException error)
        {
            throw new JournalFormatException($"The journal entry is not valid JSON: {JsonErrorText.Describe(error)}.", error);
        }
    }

    /// <summary>Migrates an entry object to the current schema and reads it; <paramref name="where"/> starts messages.</summary>
    internal static JournalEntry FromNode(JsonObject node, string where)
    {
        var version = node[VersionProperty] switch
        {
            null => 0,
            JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
            _ => throw new JournalFormatException($"{where} has a '{VersionProperty}' that is not a whole number."),
        };

        using var earlier = EarlierData.Reading();
        try
        {
            JournalMigrations.Entries.MigrateToCurrent(node, version);
            RepeatedEmotionRepair.KeepFirstOfEach(node);
            return node.Deserialize(EmpathyJson.RevealingImport.JournalEntry)
                ?? throw new JournalFormatException($"{where} is null.");
        }
        catch (JournalFormatException error)
        {
            throw new JournalFormatException($"{where} (id {node["id"]?.ToString() ?? "missing"}) cannot be read: {error.Message}", error);
        }
        catch (JsonException error)
        {
            var located = JsonDocumentPaths.FromRoot(node, error);
            throw new JournalFormatException($"{where} (id {node["id"]?.ToString() ?? "missing"}) is not a valid journal entry: {JsonErrorText.DescribeInPart(located)}", located);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            throw new JournalFormatException($"{where} (id {node["id"]?.ToString() ?? "missing"}) is not a valid journal entry: {JsonErrorText.DescribeInPart(error)}", error);
        }
    }

    /// <summary>The top-level <c>schemaVersion</c>, 0 when absent, −1 when not a whole number (the slow path reports it).</summary>
    private static int PeekSchemaVersion(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return -1;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals(VersionProperty);
            reader.Read();
            if (isVersion)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : -1;
            }

            reader.Skip();
        }

        return 0;
    }
}
