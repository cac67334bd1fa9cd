using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Migrations;

namespace Empathy.Core.Serialization;

/// <summary>
/// Writes a <see cref="JournalExport"/> as an indented JSON document with its private text, and reads
/// documents of this or any older format back, migrating old formats and entry schemas on the way.
/// </summary>
/// <remarks>
/// The document reveals the private text: write it only where the owner asked it to go. Formats:
/// 1 is <c>{"formatVersion":1,"exportedAt":…,"entries":[…]}</c>; 0 is the pre-1.0 shape described in
/// docs/storage.md. Entries carry their own <c>schemaVersion</c>.
/// </remarks>
public static class JournalExportJson
{
    /// <summary>
    /// The largest document <see cref="DeserializeAsync"/> reads from a stream, in bytes: 64 MiB. A larger one is refused
    /// with a <see cref="JournalFormatException"/> before it is held in memory, so a stream from an untrusted source
    /// cannot exhaust it. <see cref="Deserialize"/> has no limit: its caller already holds the bytes.
    /// </summary>
    public const int MaxStreamBytes = ExportDocumentStream.MaxBytes;

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>The document as indented UTF-8 JSON.</summary>
    /// <param name="export">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(JournalExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            JsonSerializer.Serialize(writer, export, EmpathyJson.Revealing.JournalExport);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the document as indented UTF-8 JSON to <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write; left open.</param>
    /// <param name="export">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task SerializeAsync(Stream destination, JournalExport export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(export);
        await using var writer = new Utf8JsonWriter(destination, Indented);
        JsonSerializer.Serialize(writer, export, EmpathyJson.Revealing.JournalExport);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a document, migrating an older format and older entry schemas to the current ones.</summary>
    /// <param name="utf8Json">The document's UTF-8 JSON.</param>
    /// <exception cref="JournalFormatException">The document is malformed, newer than this library, or holds an invalid entry (named by position and id).</exception>
    public static JournalExport Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json);
        }
        catch (JsonException error)
        {
            throw new JournalFormatException($"The journal export is not valid JSON: {JsonErrorText.Describe(error)}.", error);
        }

        try
        {
            return FromNode(root);
        }
        catch (JournalFormatException error)
        {
            throw JsonDocumentPaths.WithLine(error, utf8Json);
        }
    }

    /// <summary>Reads a document from <paramref name="source"/>, migrating as <see cref="Deserialize"/> does, if it is at most <see cref="MaxStreamBytes"/> (the stream is read no further than one byte past that).</summary>
    /// <param name="source">The document's UTF-8 JSON; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="JournalFormatException">The document is larger than <see cref="MaxStreamBytes"/>, malformed, newer than this library, or holds an invalid entry.</exception>
    public static async Task<JournalExport> DeserializeAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The whole document is read first (its tree is held whole anyway), so a refused value's message can give
        // its line, as Deserialize's does; under a limit, as the stream may come from anyone.
        var document = await ExportDocumentStream.ReadAsync(source, "journal export", nameof(JournalExportJson), cancellationToken).ConfigureAwait(false);
        return Deserialize(document);
    }

    internal static JournalExport FromNode(JsonNode? root)
    {
        if (root is not JsonObject document)
        {
            throw new JournalFormatException("A journal export must be a JSON object with 'formatVersion', 'exportedAt' and 'entries'.");
        }

        JournalMigrations.Exports.MigrateToCurrent(document, FormatVersion(document));

        var exportedAtNode = document["exportedAt"] ?? throw new JournalFormatException("The journal export has no 'exportedAt'.");
        var exportedAt = MomentWithOffsetConverter.TryRead(exportedAtNode, out var at)
            ? at
            : throw MomentWithOffsetConverter.Refusal("The journal export's 'exportedAt' is not valid", exportedAtNode.GetPath());

        if (document["entries"] is not JsonArray items)
        {
            throw new JournalFormatException("The journal export has no 'entries' array.");
        }

        var entries = new JournalEntry[items.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            // Counted from 1, as people count; the path in the message ("$.entries[0]") keeps JSON's own index.
            entries[i] = items[i] is JsonObject item
                ? JournalEntryJson.FromNode(item, $"Entry {i + 1} of the journal export")
                : throw new JournalFormatException($"Entry {i + 1} of the journal export is not a JSON object.");
        }

        return new JournalExport { ExportedAt = exportedAt, Entries = entries };
    }

    private static int FormatVersion(JsonObject document)
    {
        // Pre-1.0 documents named the version "version"; from 1 on it is "formatVersion".
        var node = document["formatVersion"] ?? document["version"]
            ?? throw new JournalFormatException("This is not a journal export: it has no 'formatVersion'.");
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var version) && version >= 0
            ? version
            : throw new JournalFormatException("The journal export's 'formatVersion' is not a whole number.");
    }
}
