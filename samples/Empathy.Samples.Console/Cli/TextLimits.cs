using System.Text;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// How much text one check or one journal field takes. Above it the text is refused with a clear
/// message: a check of megabytes would take long and print as much, and no note is that long.
/// </summary>
internal static class TextLimits
{
    /// <summary>The longest text accepted, in UTF-8 bytes: 64 KiB.</summary>
    public const int MaxTextBytes = 64 * 1024;

    /// <summary>The limit as people read it.</summary>
    public const string MaxTextDescription = "64 KiB";

    /// <summary>Whether <paramref name="text"/> is within <see cref="MaxTextBytes"/>.</summary>
    /// <param name="text">The text.</param>
    public static bool Fits(string text) =>
        // A char is at most three UTF-8 bytes, so short texts need no count.
        text.Length * 3 <= MaxTextBytes || Encoding.UTF8.GetByteCount(text) <= MaxTextBytes;
}
