using Empathy.Shared.ExercisePacks;

namespace Empathy.Core.Exercises;

/// <summary>
/// Collects a pack stream's bytes up to one byte past <see cref="PackSize.MaxBytes"/> (three more after a
/// UTF-8 byte order mark, which the limit does not count), so that an oversized or endless stream is
/// refused after reading only that much, never read to its end. The caller does the reading, so one
/// class serves the blocking and the asynchronous loader.
/// </summary>
/// <remarks>Not thread-safe; one per load.</remarks>
internal sealed class BoundedPackReader
{
    private const int FirstBufferBytes = 16 * 1024;
    private const int MarkLength = 3;

    private byte[] _buffer;
    private int _length;
    private bool _done;

    /// <summary>Starts reading <paramref name="stream"/>; a seekable stream that is already known to be too large is refused unread.</summary>
    public BoundedPackReader(Stream stream)
    {
        long? remaining = null;
        if (stream.CanSeek)
        {
            remaining = Math.Max(0, stream.Length - stream.Position);
        }

        if (remaining > PackSize.MaxBytes + MarkLength)
        {
            IsTooLarge = true;
            _done = true;
            _buffer = [];
            return;
        }

        // A stream that says its length gets one buffer of that size (and one byte to see the end).
        _buffer = new byte[remaining is { } known ? (int)known + 1 : FirstBufferBytes];
    }

    /// <summary>Whether the stream holds more than <see cref="PackSize.MaxBytes"/> bytes (besides a byte order mark).</summary>
    public bool IsTooLarge { get; private set; }

    /// <summary>Where the next read goes; empty once reading is over.</summary>
    public Memory<byte> Free
    {
        get
        {
            if (_done)
            {
                return Memory<byte>.Empty;
            }

            var cap = Cap;
            if (_length == _buffer.Length && _buffer.Length < cap)
            {
                Array.Resize(ref _buffer, (int)Math.Min(cap, Math.Max(FirstBufferBytes, (long)_buffer.Length * 2)));
            }

            return _buffer.AsMemory(_length, Math.Min(_buffer.Length, cap) - _length);
        }
    }

    /// <summary>The most bytes worth reading: the limit, one byte to see that it is passed, and a byte order mark.</summary>
    private int Cap => PackSize.MaxBytes + 1 + (HasMark ? MarkLength : 0);

    private bool HasMark => _length >= MarkLength && PackEncoding.Utf8ByteOrderMarkLength(_buffer, _length) == MarkLength;

    /// <summary>Takes the count of bytes the last read put into <see cref="Free"/>; whether to read again.</summary>
    /// <param name="read">Bytes read; 0 at the end of the stream.</param>
    public bool Read(int read)
    {
        if (_done)
        {
            return false;
        }

        _length += read;
        if (read == 0 || _length >= Cap)
        {
            IsTooLarge = PackSize.IsTooLarge(_length, HasMark ? MarkLength : 0);
            _done = true;
        }

        return !_done;
    }

    /// <summary>The bytes read.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();
}
