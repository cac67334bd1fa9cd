using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Serialization;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// Writes a <see cref="PracticeExport"/> as an indented JSON document with its private text, and reads documents
/// of this or any older format back, migrating old formats and old record schemas on the way.
/// </summary>
/// <remarks>
/// The document reveals the private text: write it only where the owner asked it to go. Format 1 is
/// <c>{"formatVersion":1,"exportedAt":…,"records":{"relationship":[…],"energy-tank":[…],…}}</c>, one array per
/// kind (named by <see cref="PracticeKind.Name"/>), each record an envelope <c>{"id","at","schemaVersion","value"}</c>
/// that carries its kind's schema version. A kind name this library does not know is refused, never dropped.
/// </remarks>
public static class PracticeExportJson
{
    /// <summary>
    /// The largest document <see cref="DeserializeAsync"/> reads from a stream, in bytes: 64 MiB. A larger one is refused
    /// with a <see cref="JournalFormatException"/> before it is held in memory, so a stream from an untrusted source
    /// cannot exhaust it. <see cref="Deserialize"/> has no limit: its caller already holds the bytes.
    /// </summary>
    public const int MaxStreamBytes = ExportDocumentStream.MaxBytes;

    private const string Subject = "practice export";

    /// <summary>The document as indented UTF-8 JSON.</summary>
    /// <param name="export">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(PracticeExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return ExportDocumentJson.Write(w => Write(w, export));
    }

    /// <summary>Writes the document as indented UTF-8 JSON to <paramref name="destination"/>.</summary>
    /// <param name="destination">Where to write; left open.</param>
    /// <param name="export">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task SerializeAsync(Stream destination, PracticeExport export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(export);
        return ExportDocumentJson.WriteAsync(destination, w => Write(w, export), cancellationToken);
    }

    /// <summary>Reads a document, migrating an older format and older record schemas to the current ones.</summary>
    /// <param name="utf8Json">The document's UTF-8 JSON.</param>
    /// <exception cref="JournalFormatException">The document is malformed, newer than this library, names an unknown kind, or holds an invalid record (named by kind, position and id).</exception>
    public static PracticeExport Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return FromNode(ExportDocumentJson.Parse(utf8Json, Subject), Subject);
        }
        catch (JournalFormatException error)
        {
            throw JsonDocumentPaths.WithLine(error, utf8Json);
        }
    }

    /// <summary>Reads a document from <paramref name="source"/>, migrating as <see cref="Deserialize"/> does, if it is at most <see cref="MaxStreamBytes"/> (the stream is read no further than one byte past that).</summary>
    /// <param name="source">The document's UTF-8 JSON; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="JournalFormatException">The document is larger than <see cref="MaxStreamBytes"/>, malformed, newer than this library, or holds an invalid record.</exception>
    public static async Task<PracticeExport> DeserializeAsync(Stream source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        // The whole document is read first (its tree is held whole anyway), so a refused value's message can give
        // its line, as Deserialize's does; under a limit, as the stream may come from anyone.
        var document = await ExportDocumentStream.ReadAsync(source, Subject, nameof(PracticeExportJson), cancellationToken).ConfigureAwait(false);
        return Deserialize(document);
    }

    /// <summary>Writes the document object (also the "practice" part of an owner data document).</summary>
    internal static void Write(Utf8JsonWriter writer, PracticeExport export)
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", export.FormatVersion);
        writer.WriteString("exportedAt", export.ExportedAt);
        writer.WriteStartObject("records");
        foreach (var kind in PracticeKinds.All)
        {
            writer.WritePropertyName(kind.Name);
            kind.WriteAll(writer, export);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Migrates and reads a document object; <paramref name="where"/> names it in messages.</summary>
    internal static PracticeExport FromNode(JsonObject document, string where)
    {
        ExportDocumentJson.Migrate(document, PracticeMigrations.Exports);
        var export = new PracticeExport { ExportedAt = ExportDocumentJson.ExportedAt(document, where) };
        foreach (var (name, items) in ExportDocumentJson.Part(document, "records", where))
        {
            if (!PracticeKinds.TryFind(name, out var kind))
            {
                throw new JournalFormatException(
                    $"The {where} holds records of kind '{name}', which this version of the library does not know (it knows {string.Join(", ", PracticeKinds.All.Select(k => k.Name))}). Update the library to read them.");
            }

            export = items is JsonArray array
                ? kind.ReadAll(array, export, $"the {where}")
                : throw new JournalFormatException($"The {where}'s '{name}' records are not a JSON array.");
        }

        return export;
    }
}
