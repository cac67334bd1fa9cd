using System.Text;

namespace Empathy.Samples.Console.Hosting;

/// <summary>Why a line of input was not handed over as text.</summary>
internal enum LineProblem
{
    /// <summary>The line is text.</summary>
    None,

    /// <summary>The line is longer than the reader's limit; its bytes were skipped, not kept.</summary>
    TooLong,

    /// <summary>The line's bytes are not valid UTF-8.</summary>
    InvalidUtf8,
}

/// <summary>One line read by <see cref="BoundedLineReader"/>.</summary>
/// <param name="Number">The line's number, from 1.</param>
/// <param name="Text">The line without its line break; <see langword="null"/> when <paramref name="Problem"/> is not <see cref="LineProblem.None"/>.</param>
/// <param name="Problem">Why the line has no text, if it has none.</param>
/// <param name="Fault">
/// For <see cref="LineProblem.InvalidUtf8"/>, the first bad byte: its column in the line, and its offset in the
/// whole input (<see cref="Utf8Fault.Offset"/>).
/// </param>
internal readonly record struct InputLine(int Number, string? Text, LineProblem Problem, Utf8Fault? Fault = null);

/// <summary>
/// Reads UTF-8 lines from a stream with one fixed buffer, so memory does not grow with the input: a line
/// longer than the limit is skipped up to its line break and reported as <see cref="LineProblem.TooLong"/>,
/// and bytes that are not UTF-8 are reported as <see cref="LineProblem.InvalidUtf8"/>, with the first bad byte's
/// column and offset, instead of being turned into replacement characters. Line breaks are <c>\n</c> or <c>\r\n</c>.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class BoundedLineReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly Stream _input;
    private readonly int _maxLineBytes;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfInput;
    private int _lineNumber;

    // Where _buffer[0] is in the input, so a bad byte can be named by its offset in all of it.
    private long _bufferOffset;

    /// <summary>Creates a reader over <paramref name="input"/>.</summary>
    /// <param name="input">The bytes to read (not disposed here).</param>
    /// <param name="maxLineBytes">The longest line accepted, in UTF-8 bytes, without its line break.</param>
    public BoundedLineReader(Stream input, int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _input = input;
        _maxLineBytes = maxLineBytes;
        // Room for the longest line and its "\r\n".
        _buffer = new byte[maxLineBytes + 2];
    }

    /// <summary>The size of the one buffer this reader holds, in bytes: the memory it uses whatever the input.</summary>
    public int BufferBytes => _buffer.Length;

    /// <summary>How many bytes have been read from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next line.</summary>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The line, or <see langword="null"/> at the end of the input.</returns>
    public async ValueTask<InputLine?> ReadLineAsync(CancellationToken cancellation)
    {
        var skipping = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var line = skipping ? Refused(LineProblem.TooLong) : Decode(_start, newline - _start);
                _start = newline + 1;
                return line;
            }

            if (_end - _start > _maxLineBytes + 1)
            {
                // No line break within the limit: forget these bytes and skip to the next break.
                skipping = true;
                _bufferOffset += _end;
                _start = _end = 0;
            }
            else if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _bufferOffset += _start;
                _end -= _start;
                _start = 0;
            }

            if (_endOfInput)
            {
                if (_end == _start && !skipping)
                {
                    return null;
                }

                var last = skipping ? Refused(LineProblem.TooLong) : Decode(_start, _end - _start);
                _start = _end = 0;
                return last;
            }

            var read = await _input.ReadAsync(_buffer.AsMemory(_end), cancellation).ConfigureAwait(false);
            _endOfInput = read == 0;
            _end += read;
            BytesRead += read;
        }
    }

    private InputLine Refused(LineProblem problem) => new(++_lineNumber, null, problem);

    private InputLine Decode(int start, int length)
    {
        if (length > 0 && _buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        if (_lineNumber == 0 && _buffer.AsSpan(start, length).StartsWith(ByteOrderMark))
        {
            start += ByteOrderMark.Length;
            length -= ByteOrderMark.Length;
        }

        if (length > _maxLineBytes)
        {
            return Refused(LineProblem.TooLong);
        }

        if (Utf8Fault.Find(_buffer.AsSpan(start, length)) is { } fault)
        {
            return new InputLine(++_lineNumber, null, LineProblem.InvalidUtf8, fault with { Offset = _bufferOffset + start + fault.Offset });
        }

        // Numbered only once decoded, so a refused line takes one number, as every other line does.
        return new InputLine(++_lineNumber, Encoding.UTF8.GetString(_buffer, start, length), LineProblem.None);
    }
}
