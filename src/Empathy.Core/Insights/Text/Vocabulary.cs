using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// The words a compiled lexicon knows, each with its token ids: one id for a plain word, several
/// for a contraction ("can't" → can, not). An open-addressing table over normalised characters, so
/// a word can be looked up from a span without allocating.
/// </summary>
/// <remarks>
/// <para>
/// Each slot holds its word's length and its first and last four characters as two 64-bit values:
/// those three decide the slot, and for a word of up to eight characters (nearly every word of a text)
/// they are the whole word, so a lookup compares two numbers and reads no string. Longer words also
/// compare their middle characters. A one-token word's id sits in the slot itself.
/// </para>
/// <para>Immutable after construction and safe to share between threads.</para>
/// </remarks>
internal sealed class Vocabulary
{
    private readonly Slot[] _slots;
    private readonly string[] _keys;
    private readonly int[] _ids;
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="entries">Normalised word → its token ids (at least one).</param>
    /// <param name="wordCount">The number of distinct token ids (ids run from 1 to this number).</param>
    public Vocabulary(IReadOnlyDictionary<string, int[]> entries, int wordCount)
    {
        WordCount = wordCount;
        var capacity = 16;
        while (capacity < entries.Count * 2)
        {
            capacity *= 2;
        }

        _slots = new Slot[capacity];
        _keys = new string[capacity];
        _mask = capacity - 1;
        var ids = new List<int>();
        foreach (var (key, keyIds) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (key.Length == 0)
            {
                continue;
            }

            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
            var (head, tail) = Ends(key);
            var slot = SlotOf(head, tail, key.Length);
            while (_slots[slot].Length != 0)
            {
                slot = (slot + 1) & _mask;
            }

            int value;
            if (keyIds.Length == 1)
            {
                value = keyIds[0];
            }
            else
            {
                // Several tokens: the negative value says where they are (start, then count, in _ids).
                value = ~ids.Count;
                ids.Add(keyIds.Length);
                ids.AddRange(keyIds);
            }

            _slots[slot] = new Slot(head, tail, key.Length, value);
            _keys[slot] = key;
        }

        _ids = [.. ids];
    }

    /// <summary>The number of distinct token ids; ids run from 1 to this number, 0 means "unknown word".</summary>
    public int WordCount { get; }

    /// <summary>The longest normalised key; longer words cannot be in the table.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Finds a normalised word.</summary>
    /// <param name="folded">The normalised characters (not empty).</param>
    /// <returns>
    /// 0 when the word is not known; its token id (1 or more) when it is one token; a negative value
    /// for a word of several tokens, whose ids <see cref="Ids"/> gives.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> folded)
    {
        var (head, tail) = Ends(folded);
        return Probe(head, tail, folded);
    }

    /// <summary>
    /// Finds the word of <paramref name="length"/> characters at <paramref name="start"/> of
    /// <paramref name="text"/>, which are lower-case ASCII letters and digits except, when
    /// <paramref name="capital"/>, the first, an upper-case ASCII letter read as its lower case.
    /// </summary>
    /// <remarks>
    /// The same answer as <see cref="Find"/> on the normalised word, without copying it: the ends are
    /// read from the text as two numbers (a short word's masked), with no branch on the word's length.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindPlain(ReadOnlySpan<char> text, int start, int length, bool capital)
    {
        if (start + 4 > text.Length)
        {
            return FindNearEnd(text.Slice(start, length), capital);
        }

        ref var first = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        // All four characters of a word of four or more, the word's own of a shorter one (Ends packs a
        // short word the same way: its first character lowest).
        var mask = ulong.MaxValue >> (64 - (16 * Math.Min(length, 4)));
        var lower = capital ? 0x20UL : 0UL;
        var head = (Unsafe.ReadUnaligned<ulong>(ref first) & mask) | lower;
        var tail = (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 2 * Math.Max(length - 4, 0))) & mask) | (length <= 4 ? lower : 0UL);
        return Probe(head, tail, text.Slice(start, length));
    }

    // Too near the text's end to read four characters (rare): the word folded into a copy. Not inlined,
    // so the common path keeps no stack buffer.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindNearEnd(ReadOnlySpan<char> plain, bool capital)
    {
        Span<char> word = stackalloc char[4];
        var copy = word[..plain.Length];
        plain.CopyTo(copy);
        copy[0] = capital ? (char)(copy[0] | 0x20) : copy[0];
        return Find(copy);
    }

    // The word's slot: its length and ends decide; a word of more than eight characters also compares
    // its middle characters (which the two ways of finding a word never fold).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe(ulong head, ulong tail, ReadOnlySpan<char> word)
    {
        var length = word.Length;
        var slots = _slots;
        var slot = SlotOf(head, tail, length);
        while (true)
        {
            ref readonly var candidate = ref slots[slot];
            if (candidate.Length == length && candidate.Head == head && candidate.Tail == tail
                && (length <= 8 || word[4..^4].SequenceEqual(_keys[slot].AsSpan(4, length - 8))))
            {
                return candidate.Value;
            }

            if (candidate.Length == 0)
            {
                return 0;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The token ids of a word <see cref="Find"/> returned a negative value for.</summary>
    public ReadOnlySpan<int> Ids(int found)
    {
        var at = ~found;
        return _ids.AsSpan(at + 1, _ids[at]);
    }

    // The first and the last four characters as two numbers, each as a little-endian read of them (for
    // a word shorter than four, all its characters, packed the same way, in both): with the length, the whole of a word of up to eight characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Ends(ReadOnlySpan<char> folded)
    {
        if (folded.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(folded);
            return (MemoryMarshal.Read<ulong>(bytes), MemoryMarshal.Read<ulong>(bytes[^8..]));
        }

        // The first character in the lowest bits, as a little-endian read of the characters gives them.
        ulong packed = 0;
        for (var k = 0; k < folded.Length; k++)
        {
            packed |= (ulong)folded[k] << (16 * k);
        }

        return (packed, packed);
    }

    // Two independent multiplications mixed (no dependent step per character).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong head, ulong tail, int length)
    {
        var mixed = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length;
        return (int)((mixed ^ (mixed >> 29) ^ (mixed >> 47)) & (uint)_mask);
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Slot(ulong Head, ulong Tail, int Length, int Value);
}
