using System.Globalization;
using Empathy.Core.Storage;

namespace Empathy.Core.Serialization;

/// <summary>
/// Reads an export document (journal, practice, whole-owner) from a stream into memory, refusing one larger than
/// <see cref="MaxBytes"/>. The readers migrate a JSON tree that is held whole, and give a refused value's line, so
/// they need the whole document; the limit keeps a stream from an untrusted source (an upload, a pipe) from costing
/// the host its memory. The stream is read no further than one byte past the limit.
/// </summary>
internal static class ExportDocumentStream
{
    /// <summary>
    /// The most bytes read from a stream: 64 MiB. A journal of ten years of daily entries with long notes is a
    /// few tens of megabytes; the tree built from a document takes several times its size.
    /// </summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The limit as messages write it.</summary>
    public static readonly string MaxText = string.Format(CultureInfo.InvariantCulture, "64 MiB ({0:N0} bytes)", MaxBytes);

    // The first buffer; it doubles as the document grows, up to the limit and one byte more.
    private const int FirstBufferBytes = 64 * 1024;

    /// <summary>The bytes of <paramref name="source"/> to its end.</summary>
    /// <param name="source">The document; left open.</param>
    /// <param name="subject">What the document is, as a sentence names it after "The" ("practice export").</param>
    /// <param name="reader">The reader's name for the message ("PracticeExportJson").</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="JournalFormatException">The document is larger than <see cref="MaxBytes"/>.</exception>
    public static async Task<ArraySegment<byte>> ReadAsync(Stream source, string subject, string reader, CancellationToken cancellationToken)
    {
        // A stream that knows its length is refused before a byte is read.
        if (source.CanSeek && source.Length - source.Position > MaxBytes)
        {
            throw TooLarge(subject, reader);
        }

        var buffer = new byte[FirstBufferBytes];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > MaxBytes)
                {
                    throw TooLarge(subject, reader);
                }

                Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, MaxBytes + 1L));
            }

            var read = await source.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new ArraySegment<byte>(buffer, 0, length);
            }

            length += read;
        }
    }

    private static JournalFormatException TooLarge(string subject, string reader) => new(
        $"The {subject} is larger than {MaxText}, the most {reader}.DeserializeAsync reads from a stream, so it was not read. "
        + "For a larger document, read its bytes under a limit of your own and pass them to Deserialize.");
}
