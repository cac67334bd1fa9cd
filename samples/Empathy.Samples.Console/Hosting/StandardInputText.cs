using System.Text;

namespace Empathy.Samples.Console.Hosting;

/// <summary>Reads all of standard input as text, up to a limit, refusing bytes that are not UTF-8 with the line and column of the first (<see cref="Utf8Fault"/>).</summary>
internal static class StandardInputText
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads the text of an option given as <c>-</c>, trimmed. Empty standard input is refused, as a blank
    /// option value is: '-' says the text is there, so none is a slip (a pipe that broke, a file that was empty),
    /// not a wish to save nothing.
    /// </summary>
    /// <param name="input">Standard input.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="option">The option given as '-' ("--note").</param>
    /// <param name="what">What the text is, for messages ("The note").</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <exception cref="CliException">Nothing but white space, more than <paramref name="maxBytes"/>, or not UTF-8 (exit code 1).</exception>
    public static async Task<string> ReadGivenAsync(Stream input, int maxBytes, string option, string what, CancellationToken cancellation)
    {
        var text = (await ReadAsync(input, maxBytes, what, cancellation).ConfigureAwait(false)).Trim();
        return text.Length > 0
            ? text
            : throw CliException.BadInput($"{option} - reads {char.ToLowerInvariant(what[0])}{what[1..]} from standard input, and standard input was empty; nothing was saved. Write it there, or leave {option} out.");
    }

    /// <summary>Reads <paramref name="input"/> to its end.</summary>
    /// <param name="input">Standard input.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="what">What the text is, for messages ("what happened").</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <exception cref="CliException">More than <paramref name="maxBytes"/>, or not UTF-8 (exit code 1).</exception>
    public static async Task<string> ReadAsync(Stream input, int maxBytes, string what, CancellationToken cancellation)
    {
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await input.ReadAsync(buffer.AsMemory(length), cancellation).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length > maxBytes)
        {
            throw CliException.BadInput($"{what} on standard input is longer than {maxBytes / 1024} KiB; nothing was saved.");
        }

        // A byte order mark at the start is not part of the text (a Windows editor's file piped in).
        var start = buffer.AsSpan(0, length).StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        if (Utf8Fault.Find(buffer.AsSpan(start, length - start)) is { } fault)
        {
            throw CliException.BadInput($"{what} on standard input is not UTF-8 text: {fault.Describe()}; nothing was saved. Save it as UTF-8 and try again.");
        }

        return Encoding.UTF8.GetString(buffer, start, length - start).TrimStart('\uFEFF');
    }
}
