using System.Text;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Reads a file a person gives the app (an export to import) strictly as UTF-8, with or without a byte order mark.
/// A file in another encoding is refused naming the file and the line and column of its first bad byte, never
/// decoded into replacement characters that would be saved in place of the person's words.
/// </summary>
/// <remarks>
/// The library's pack check (<c>PackEncoding</c>) is internal to it, so this is the console's own; it names a byte
/// the same way (<see cref="Utf8Fault"/>: lines end at LF, CR LF or CR; columns count UTF-16 characters from 1, as JSON readers do).
/// </remarks>
internal static class Utf8File
{
    private const string SaveAsUtf8 = "save the file as UTF-8 and try again.";

    /// <summary>The text of <paramref name="source"/>, without its byte order mark.</summary>
    /// <param name="source">The file.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <exception cref="CliException">The file cannot be read, or is not UTF-8 (exit code 1).</exception>
    public static async Task<string> ReadTextAsync(FileInfo source, CancellationToken cancellation) =>
        Encoding.UTF8.GetString((await ReadBytesAsync(source, progress: null, cancellation).ConfigureAwait(false)).Span);

    /// <summary>The bytes of <paramref name="source"/>, checked to be UTF-8, without its byte order mark.</summary>
    /// <param name="source">The file.</param>
    /// <param name="progress">Called with the bytes read so far, for a progress bar; or <see langword="null"/>.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <exception cref="CliException">The file cannot be read, or is not UTF-8 (exit code 1).</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadBytesAsync(FileInfo source, Action<long>? progress, CancellationToken cancellation)
    {
        var buffer = new MemoryStream();
        try
        {
            var file = source.OpenRead();
            await using var counted = progress is null ? (Stream)file : new CountingReadStream(file, progress);
            await counted.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"Cannot read {source.FullName}: {error.Message}", error);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var problem = Problem(bytes.Span);
        if (problem is not null)
        {
            throw CliException.BadInput($"{source.FullName} is not UTF-8 text: {problem}; {SaveAsUtf8}");
        }

        return bytes.Span.StartsWith(Utf8ByteOrderMark) ? bytes[Utf8ByteOrderMark.Length..] : bytes;
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Why <paramref name="bytes"/> are not UTF-8, in words with the place of the first bad byte, or <see langword="null"/>.</summary>
    private static string? Problem(ReadOnlySpan<byte> bytes)
    {
        var other = OtherByteOrderMark(bytes);
        if (other is not null)
        {
            return $"it starts with the byte order mark of {other}";
        }

        var start = bytes.StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
        return Utf8Fault.Find(bytes[start..])?.Describe();
    }

    /// <summary>The UTF-16 or UTF-32 byte order mark <paramref name="bytes"/> start with, in words, or <see langword="null"/>.</summary>
    private static string? OtherByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        // UTF-32 little-endian starts with the UTF-16 little-endian mark, so it is tried first.
        [0xFF, 0xFE, 0, 0, ..] => "UTF-32 (little-endian)",
        [0, 0, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
        _ => null,
    };
}
