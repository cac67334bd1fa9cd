using System.Globalization;
using System.Text;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// Turns a pack file's bytes into its text. Pack files are UTF-8 (with or without a byte order
/// mark); anything else (a UTF-16 or UTF-32 file, a file saved as Latin-1 or Windows-1252, a
/// character cut off at the end) is refused with words that name the first bad byte and where it
/// is, never decoded into replacement characters. The runtime loader reads streams through it, and
/// the generator through it whenever the compiler had to decode a pack file as something other
/// than UTF-8, so both say the same.
/// </summary>
internal static class PackEncoding
{
    private const string SaveAsUtf8 = "save the file as UTF-8";

    /// <summary>The text of <paramref name="bytes"/>, or why they are not a UTF-8 pack file.</summary>
    public static PackDecoding Decode(byte[] bytes)
    {
        var other = OtherByteOrderMark(bytes);
        if (other is not null)
        {
            return PackDecoding.Refused(
                $"the file is not UTF-8: it starts with the byte order mark of {other}; {SaveAsUtf8}", SourceSpan.Start);
        }

        var start = HasUtf8ByteOrderMark(bytes) ? 3 : 0;
        var bad = FirstInvalidByte(bytes, start, out var cutOff);
        if (bad < 0)
        {
            return PackDecoding.Decoded(Encoding.UTF8.GetString(bytes, start, bytes.Length - start));
        }

        var span = PositionAfter(Encoding.UTF8.GetString(bytes, start, bad - start));
        var where = string.Format(CultureInfo.InvariantCulture, "the byte 0x{0:X2} at line {1}, column {2}", bytes[bad], span.Line, span.Column);
        return PackDecoding.Refused(
            cutOff
                ? $"the file is not UTF-8: it ends in the middle of a character ({where} starts a character whose other bytes are missing); {SaveAsUtf8}"
                : $"the file is not UTF-8: {where} is not valid UTF-8; {SaveAsUtf8}",
            span);
    }

    /// <summary>
    /// Why <paramref name="text"/> looks decoded from bytes that were not UTF-8: a raw U+FFFD, the
    /// replacement character a lenient decoder writes for each bad byte (the compiler reads a Latin-1
    /// file so), or <see langword="null"/>. A pack that means the character writes it as <c>\uFFFD</c>.
    /// </summary>
    public static PackDecoding? FindReplacementCharacter(string text)
    {
        var at = text.IndexOf('\uFFFD');
        if (at < 0)
        {
            return null;
        }

        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var span = PositionAfter(text.Substring(start, at - start));
        return PackDecoding.Refused(
            string.Format(
                CultureInfo.InvariantCulture,
                "the file is not UTF-8: line {0}, column {1} holds U+FFFD, the character that stands for bytes that were not UTF-8 when the file was read; save the file as UTF-8 (write \\uFFFD if you mean that character)",
                span.Line,
                span.Column),
            new SourceSpan(at, 1, span.Line, span.Column));
    }

    private static bool HasUtf8ByteOrderMark(byte[] bytes) => Utf8ByteOrderMarkLength(bytes, bytes.Length) == 3;

    /// <summary>3 when the first <paramref name="length"/> of <paramref name="bytes"/> start with the UTF-8 byte order mark, else 0.</summary>
    public static int Utf8ByteOrderMarkLength(byte[] bytes, int length) =>
        length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    /// <summary>The name of the UTF-16 or UTF-32 byte order mark the file starts with, or <see langword="null"/>.</summary>
    private static string? OtherByteOrderMark(byte[] bytes)
    {
        // UTF-32 LE starts with the UTF-16 LE mark, so it is tested first.
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return "UTF-32 (little-endian)";
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return "UTF-32 (big-endian)";
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return "UTF-16 (little-endian)";
        }

        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? "UTF-16 (big-endian)" : null;
    }

    /// <summary>
    /// The index of the first byte that does not start a well-formed UTF-8 character (RFC 3629: no
    /// overlong forms, no surrogates, nothing above U+10FFFF), or -1; <paramref name="cutOff"/> says
    /// the character it starts is well-formed so far but the file ends before it is complete.
    /// </summary>
    private static int FirstInvalidByte(byte[] bytes, int start, out bool cutOff)
    {
        // Hand-written rather than left to a strict UTF8Encoding: the generator may run on .NET
        // Framework inside an IDE, whose decoder reports bad bytes at other places than .NET's
        // does, and the build and the loader must name the same byte at the same line and column.
        cutOff = false;
        var i = start;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int length;
            byte secondMin = 0x80, secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF)
            {
                length = 2;
            }
            else if (lead >= 0xE0 && lead <= 0xEF)
            {
                length = 3;
                if (lead == 0xE0)
                {
                    secondMin = 0xA0;
                }
                else if (lead == 0xED)
                {
                    secondMax = 0x9F;
                }
            }
            else if (lead >= 0xF0 && lead <= 0xF4)
            {
                length = 4;
                if (lead == 0xF0)
                {
                    secondMin = 0x90;
                }
                else if (lead == 0xF4)
                {
                    secondMax = 0x8F;
                }
            }
            else
            {
                return i;
            }

            for (var k = 1; k < length; k++)
            {
                if (i + k >= bytes.Length)
                {
                    cutOff = true;
                    return i;
                }

                var next = bytes[i + k];
                var min = k == 1 ? secondMin : (byte)0x80;
                var max = k == 1 ? secondMax : (byte)0xBF;
                if (next < min || next > max)
                {
                    return i;
                }
            }

            i += length;
        }

        return -1;
    }

    /// <summary>The line and column just after <paramref name="prefix"/>, counted as the JSON reader counts them.</summary>
    private static SourceSpan PositionAfter(string prefix)
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

        return new SourceSpan(prefix.Length, 1, line, prefix.Length - lineStart + 1);
    }
}
