using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// The first byte of some input that is not UTF-8, and where it is: one way of naming it for every reader of
/// the console (a file, all of standard input, one streamed line), so a person can find it in an editor.
/// </summary>
/// <param name="Value">The byte.</param>
/// <param name="Offset">Its offset in the bytes it was found in, from 0 (a streaming reader moves it to the offset in the whole input).</param>
/// <param name="Line">Its line, from 1 (lines end at LF, CR LF or CR).</param>
/// <param name="Column">Its column, from 1, counted in UTF-16 characters as JSON readers and editors count.</param>
/// <param name="Truncated">Whether the input ends in the middle of a character that this byte starts.</param>
internal readonly record struct Utf8Fault(byte Value, long Offset, int Line, int Column, bool Truncated)
{
    /// <summary>The first bad byte of <paramref name="bytes"/>, or <see langword="null"/> when they are all UTF-8.</summary>
    /// <param name="bytes">The input, without a byte order mark.</param>
    public static Utf8Fault? Find(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        // Only input already known to be bad is walked character by character, to find where.
        var at = 0;
        OperationStatus status;
        while ((status = Rune.DecodeFromUtf8(bytes[at..], out _, out var length)) == OperationStatus.Done)
        {
            at += length;
        }

        var (line, column) = PositionAfter(Encoding.UTF8.GetString(bytes[..at]));
        return new Utf8Fault(bytes[at], at, line, column, status == OperationStatus.NeedMoreData);
    }

    /// <summary>
    /// In words: "the byte 0xE9 at line 2, column 35 is not valid UTF-8", or that the input ends in the middle of
    /// a character. A reader that gives the line number itself leaves it out (<paramref name="withLine"/>), and
    /// one that reads a stream can add where the byte is in it (<paramref name="stream"/>: ", byte 23 of standard input,").
    /// </summary>
    public string Describe(bool withLine = true, string? stream = null)
    {
        var where = withLine
            ? string.Create(CultureInfo.InvariantCulture, $"the byte 0x{Value:X2} at line {Line}, column {Column}")
            : string.Create(CultureInfo.InvariantCulture, $"the byte 0x{Value:X2} at column {Column}");
        if (stream is not null)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", byte {Offset + 1:N0} of {stream},");
        }

        return Truncated
            ? $"it ends in the middle of a character ({where} starts a character whose other bytes are missing)"
            : $"{where} is not valid UTF-8";
    }

    /// <summary>The line and column just after <paramref name="prefix"/>, both counted from 1.</summary>
    private static (int Line, int Column) PositionAfter(string prefix)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (prefix[i] == '\n' || (prefix[i] == '\r' && (i + 1 == prefix.Length || prefix[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, prefix.Length - lineStart + 1);
    }
}
