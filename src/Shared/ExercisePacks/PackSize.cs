using System.Globalization;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// How large a pack file may be: <see cref="MaxBytes"/> bytes of UTF-8, a UTF-8 byte order mark not
/// counted. A hand-written pack is a few kilobytes; the limit keeps a hostile or mistaken file (a
/// download, a log saved under a pack's name) from costing the build or the app its memory. Text is
/// measured as the UTF-8 bytes it would be saved as, so the build (which sees text) and the loader
/// (which may see bytes) refuse the same files.
/// </summary>
internal static class PackSize
{
    /// <summary>The most bytes a pack file may hold: 4 MiB.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The limit as messages write it.</summary>
    public static readonly string MaxText = string.Format(CultureInfo.InvariantCulture, "4 MiB ({0:N0} bytes)", MaxBytes);

    /// <summary>Whether <paramref name="text"/> is more than <see cref="MaxBytes"/> bytes as UTF-8 (a leading byte order mark not counted).</summary>
    public static bool IsTooLarge(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var length = text.Length - start;

        // Each character is one to three bytes, so most texts are decided without counting.
        if (length > MaxBytes)
        {
            return true;
        }

        if (length <= MaxBytes / 3)
        {
            return false;
        }

        long bytes = 0;
        for (var i = start; i < text.Length && bytes <= MaxBytes; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                bytes += 1;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                // Other characters, and an unpaired surrogate (saved as U+FFFD), are three bytes.
                bytes += 3;
            }
        }

        return bytes > MaxBytes;
    }

    /// <summary>Whether a file of <paramref name="length"/> bytes, the first <paramref name="markLength"/> of them a UTF-8 byte order mark, is too large.</summary>
    public static bool IsTooLarge(long length, int markLength) => length - markLength > MaxBytes;

    /// <summary>The problem that refuses a file that is too large, at its start.</summary>
    public static PackProblem TooLarge(string? path)
    {
        var file = string.IsNullOrEmpty(path) ? null : PackFileName.FileNameOf(path!);
        var what = file is null ? "The exercise pack" : "The exercise pack file '" + file + "'";
        return PackProblem.Create(PackRules.TooLarge, path, SourceSpan.Start, what, MaxText);
    }
}
