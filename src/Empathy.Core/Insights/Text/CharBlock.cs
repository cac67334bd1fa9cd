using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// Up to 64 characters of a text read at once into bit masks (bit <c>p</c> stands for the character at
/// <c>p</c>), so the tokenizer finds where words start and end with bit operations instead of a branch
/// per character.
/// </summary>
/// <remarks>
/// Only what the tokenizer can read from masks alone is classified: ASCII letters and digits (with an
/// apostrophe between two of them), spaces, the punctuation that breaks a clause or ends a sentence.
/// Anything else (quote marks, other apostrophes, non-ASCII characters, a hyphen not between two
/// letters of the block) is marked <see cref="Slow"/>, and the tokenizer reads the words around it
/// character by character, as it always did.
/// </remarks>
internal struct CharBlock
{
    /// <summary>How many characters one block covers (one bit each in a 64-bit mask).</summary>
    public const int Length = 64;

    private const ushort NonAscii = 0x80;

    /// <summary>Where a word starts: an ASCII letter or digit after anything else (words are ASCII letters and digits, with an apostrophe (') between two of them).</summary>
    public ulong Starts;

    /// <summary>Where a word ends: an ASCII letter or digit before anything else (never the block's last character, whose word may go on).</summary>
    public ulong Ends;

    /// <summary>Characters that break a clause when they stand between two words: all but word characters, spaces, tabs, a hyphen joining two word characters, and slow characters.</summary>
    public ulong Break;

    /// <summary>Characters that end a sentence: . ! ? and line breaks.</summary>
    public ulong Sentence;

    /// <summary>Line breaks (\n, \r), which also end an open quotation.</summary>
    public ulong NewLine;

    /// <summary>Characters the masks cannot decide for: quote marks, apostrophes not inside a word, non-ASCII, a hyphen not between two word characters of the block.</summary>
    public ulong Slow;

    /// <summary>At a word's start: a <see cref="Break"/> character stands between it and the word before, in the block.</summary>
    public ulong BreakBefore;

    /// <summary>At a word's start: a <see cref="Sentence"/> character stands between it and the word before, in the block.</summary>
    public ulong SentenceBefore;

    /// <summary>At a word's start: a <see cref="NewLine"/> character stands between it and the word before, in the block.</summary>
    public ulong NewLineBefore;

    /// <summary>
    /// At a word's end: the word must be read by characters, because a slow character stands before
    /// it (after the word before) or right after it.
    /// </summary>
    public ulong SlowAfter;

    /// <summary>At a word's end: the word holds an apostrophe ("don't").</summary>
    public ulong Contracted;

    /// <summary>How many of the block's characters are text (fewer than <see cref="Length"/> at the text's end).</summary>
    public int Count;

    /// <summary>Near the text's end, a copy of its last characters padded with spaces, so a word's first sixteen can always be read.</summary>
    public Chars Padded;

    /// <summary>
    /// Reads the block of <paramref name="text"/> that starts at <paramref name="start"/>.
    /// </summary>
    /// <returns>
    /// Where the block's characters can be read, with sixteen more after the block's last: the text
    /// itself, or <see cref="Padded"/> near its end.
    /// </returns>
    [UnscopedRef]
    public ref char Read(ReadOnlySpan<char> text, int start)
    {
        Count = Math.Min(Length, text.Length - start);
        if (text.Length - start < Length + 16)
        {
            // The text's last characters, padded with spaces (which neither start nor end anything).
            Span<char> padded = Padded;
            text.Slice(start, Count).CopyTo(padded);
            padded[Count..].Fill(' ');
            Classify(ref Unsafe.As<char, ushort>(ref Padded[0]));
            return ref Padded[0];
        }

        ref var chars = ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start);
        Classify(ref Unsafe.As<char, ushort>(ref chars));
        return ref chars;
    }

    // The 64 characters at source (all readable) into the masks.
    private void Classify(ref ushort source)
    {
        ulong word, space, hyphen, sentence, newLine, apostrophe, slow;
        if (Vector512.IsHardwareAccelerated)
        {
            // All 64 characters as bytes, every non-ASCII one as 0x80, so one comparison covers the block.
            var limit = Vector512.Create(NonAscii);
            var bytes = Vector512.Narrow(
                Vector512.Min(Vector512.LoadUnsafe(ref source), limit),
                Vector512.Min(Vector512.LoadUnsafe(ref source, (nuint)Vector512<ushort>.Count), limit));
            word = (Vector512.LessThanOrEqual((bytes | Vector512.Create((byte)0x20)) - Vector512.Create((byte)'a'), Vector512.Create((byte)('z' - 'a')))
                | Vector512.LessThanOrEqual(bytes - Vector512.Create((byte)'0'), Vector512.Create((byte)9))).ExtractMostSignificantBits();
            space = (Is(bytes, ' ') | Is(bytes, '\t')).ExtractMostSignificantBits();
            hyphen = Is(bytes, '-').ExtractMostSignificantBits();
            var lineBreak = Is(bytes, '\n') | Is(bytes, '\r');
            newLine = lineBreak.ExtractMostSignificantBits();
            sentence = (lineBreak | Is(bytes, '.') | Is(bytes, '!') | Is(bytes, '?')).ExtractMostSignificantBits();
            apostrophe = Is(bytes, '\'').ExtractMostSignificantBits();
            slow = (Is(bytes, '`') | Is(bytes, '"') | Vector512.Equals(bytes, Vector512.Create((byte)NonAscii))).ExtractMostSignificantBits();
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            word = space = hyphen = sentence = newLine = apostrophe = slow = 0;
            for (var at = 0; at < Length; at += 2 * Vector256<ushort>.Count)
            {
                // Thirty-two characters as bytes, every non-ASCII one as 0x80: half the steps of the 128-bit
                // loop below, which it repeats at twice the width (the vector types share no public generic
                // interface, so the steps can't be written once for both).
                var limit = Vector256.Create(NonAscii);
                var bytes = Vector256.Narrow(
                    Vector256.Min(Vector256.LoadUnsafe(ref source, (nuint)at), limit),
                    Vector256.Min(Vector256.LoadUnsafe(ref source, (nuint)(at + Vector256<ushort>.Count)), limit));
                var letterOrDigit = Vector256.LessThanOrEqual((bytes | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)('z' - 'a')))
                    | Vector256.LessThanOrEqual(bytes - Vector256.Create((byte)'0'), Vector256.Create((byte)9));
                word |= Bits(letterOrDigit, at);
                space |= Bits(Is(bytes, ' ') | Is(bytes, '\t'), at);
                hyphen |= Bits(Is(bytes, '-'), at);
                var lineBreak = Is(bytes, '\n') | Is(bytes, '\r');
                newLine |= Bits(lineBreak, at);
                sentence |= Bits(lineBreak | Is(bytes, '.') | Is(bytes, '!') | Is(bytes, '?'), at);
                apostrophe |= Bits(Is(bytes, '\''), at);
                slow |= Bits(Is(bytes, '`') | Is(bytes, '"') | Vector256.Equals(bytes, Vector256.Create((byte)NonAscii)), at);
            }
        }
        else
        {
            word = space = hyphen = sentence = newLine = apostrophe = slow = 0;
            for (var at = 0; at < Length; at += 2 * Vector128<ushort>.Count)
            {
                // Sixteen characters as bytes, every non-ASCII one as 0x80, so one comparison covers sixteen.
                var limit = Vector128.Create(NonAscii);
                var bytes = Vector128.Narrow(
                    Vector128.Min(Vector128.LoadUnsafe(ref source, (nuint)at), limit),
                    Vector128.Min(Vector128.LoadUnsafe(ref source, (nuint)(at + Vector128<ushort>.Count)), limit));
                var letterOrDigit = Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')))
                    | Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
                word |= Bits(letterOrDigit, at);
                space |= Bits(Is(bytes, ' ') | Is(bytes, '\t'), at);
                hyphen |= Bits(Is(bytes, '-'), at);
                var lineBreak = Is(bytes, '\n') | Is(bytes, '\r');
                newLine |= Bits(lineBreak, at);
                sentence |= Bits(lineBreak | Is(bytes, '.') | Is(bytes, '!') | Is(bytes, '?'), at);
                apostrophe |= Bits(Is(bytes, '\''), at);
                slow |= Bits(Is(bytes, '`') | Is(bytes, '"') | Vector128.Equals(bytes, Vector128.Create((byte)NonAscii)), at);
            }
        }

        // An apostrophe between two word characters makes one word of them ("don't", looked up whole,
        // its ending split off if it is not known); a hyphen there joins them without a break
        // ("self-harm"). The block cannot see past its own ends, so either on an end is left to the
        // character reading.
        var contracting = apostrophe & (word << 1) & (word >> 1);
        slow |= apostrophe & ~contracting;
        word |= contracting;
        var joining = hyphen & (word << 1) & (word >> 1);
        slow |= hyphen & ~joining;
        var gaps = ~word;
        Starts = word & ~(word << 1);
        Ends = word & ~(word >> 1) & (ulong.MaxValue >> 1);
        Break = ~(word | space | joining | slow);
        Sentence = sentence;
        NewLine = newLine;
        Slow = slow;

        // Whether a run of characters between two words holds any of a kind, told at the next word's
        // start with one addition: adding the run's marked bits to the run of ones carries out of it
        // into the word's first bit (once, however many are marked), and nowhere else.
        BreakBefore = (gaps + Break) & Starts;
        SentenceBefore = (gaps + sentence) & Starts;
        NewLineBefore = (gaps + newLine) & Starts;

        // The same carry through a word's own run tells its end whether a slow character stood before
        // it; a slow character right after it is marked there as it is.
        var slowBefore = (gaps + slow) & Starts;
        SlowAfter = ((((word + slowBefore) & gaps) | slow) >> 1) & Ends;
        Contracted = (((word + contracting) & gaps) >> 1) & Ends;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> Is(Vector512<byte> bytes, char c) => Vector512.Equals(bytes, Vector512.Create((byte)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Is(Vector256<byte> bytes, char c) => Vector256.Equals(bytes, Vector256.Create((byte)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector256<byte> matches, int at) => (ulong)matches.ExtractMostSignificantBits() << at;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Is(Vector128<byte> bytes, char c) => Vector128.Equals(bytes, Vector128.Create((byte)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector128<byte> matches, int at) => (ulong)matches.ExtractMostSignificantBits() << at;

    /// <summary>Room for a block's characters and sixteen more.</summary>
    [InlineArray(Length + 16)]
    public struct Chars
    {
        private char _first;
    }
}
