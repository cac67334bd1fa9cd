using System.Text.Json;
using Empathy.Core.Serialization;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// Writes an <see cref="OwnerDataExport"/> (journal + practice records) as an indented JSON document with its
/// private text, and reads documents of this or any older format back, migrating old formats of the whole
/// document, of its journal and practice parts, and of each entry and record on the way.
/// </summary>
/// <remarks>
/// The document reveals the private text: write it only where the owner asked it to go. Format 1 is
/// <c>{"formatVersion":1,"exportedAt":…,"journal":{a journal export},"practice":{a practice export}}</c>: each
/// part is exactly the document <see cref="JournalExportJson"/> or <see cref="PracticeExportJson"/> writes, with
/// its own format version, so another app can read either part alone.
/// </remarks>
public static class OwnerDataExportJson
{
    /// <summary>
    /// The largest document <see cref="DeserializeAsync"/> reads from a stream, in bytes: 64 MiB. A larger one is refused
    /// with a <see cref="JournalFormatException"/> before it is held in memory, so a stream from an untrusted source
    /// cannot exhaust it. <see cref="Deserialize"/> has no limit: its caller already holds the bytes.
    /// </summary>
    public const int MaxStreamBytes = ExportDocumentStream.MaxBytes;

    private const string Subject = "owner data export";

    /// <summary>The document as indented UTF-8 JSON.</summary>
    /// <param name="export">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(OwnerDataExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return ExportDocumentJson.Write(w => Write(w, export));
    }

    /// <summary>Writes the document as indented UTF-8 JSON to <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write; left open.</param>
    /// <param name="export">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task SerializeAsync(Stream destination, OwnerDataExport export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(export);
        return ExportDocumentJson.WriteAsync(destination, w => Write(w, export), cancellationToken);
    }

    /// <summary>Reads a document, migrating older formats and schemas to the current ones.</summary>
    /// <param name="utf8Json">The document's UTF-8 JSON.</param>
    /// <exception cref="JournalFormatException">The document is malformed, newer than this library, or holds an invalid entry or record.</exception>
    public static OwnerDataExport Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return FromNode(ExportDocumentJson.Parse(utf8Json, Subject));
        }
        catch (JournalFormatException error)
        {
            throw JsonDocumentPaths.WithLine(error, utf8Json);
        }
    }

    /// <summary>Reads a document from <paramref name="source"/>, migrating as <see cref="Deserialize"/> does, if it is at most <see cref="MaxStreamBytes"/> (the stream is read no further than one byte past that).</summary>
    /// <param name="source">The document's UTF-8 JSON; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="JournalFormatException">The document is larger than <see cref="MaxStreamBytes"/>, malformed, newer than this library, or holds an invalid entry or record.</exception>
    public static async Task<OwnerDataExport> DeserializeAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The whole document is read first (its tree is held whole anyway), so a refused value's message can give
        // its line, as Deserialize's does; under a limit, as the stream may come from anyone.
        var document = await ExportDocumentStream.ReadAsync(source, Subject, nameof(OwnerDataExportJson), cancellationToken).ConfigureAwait(false);
        return Deserialize(document);
    }

    private static void Write(Utf8JsonWriter writer, OwnerDataExport export)
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", export.FormatVersion);
        writer.WriteString("exportedAt", export.ExportedAt);
        writer.WritePropertyName("journal");
        JsonSerializer.Serialize(writer, export.Journal, EmpathyJson.Revealing.JournalExport);
        writer.WritePropertyName("practice");
        PracticeExportJson.Write(writer, export.Practice);
        writer.WriteEndObject();
    }

    private static OwnerDataExport FromNode(System.Text.Json.Nodes.JsonObject document)
    {
        ExportDocumentJson.Migrate(document, PracticeMigrations.OwnerData);
        return new OwnerDataExport
        {
            ExportedAt = ExportDocumentJson.ExportedAt(document, Subject),
            Journal = JournalExportJson.FromNode(ExportDocumentJson.Part(document, "journal", Subject)),
            Practice = PracticeExportJson.FromNode(ExportDocumentJson.Part(document, "practice", Subject), "practice part of the owner data export"),
        };
    }
}
