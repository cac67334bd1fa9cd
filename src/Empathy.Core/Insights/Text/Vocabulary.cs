using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// The words a compiled lexicon knows, each with its token ids: one id for a plain word, several
/// for a contraction ("can't" → can, not). A cuckoo hash table over normalised characters, so a
/// word can be looked up from a span without allocating.
/// </summary>
/// <remarks>
/// <para>
/// A word of ASCII characters (nearly every word of a text) is held as its length and two 64-bit
/// values, its first eight characters and its last eight as bytes (a shorter word's own, in both),
/// which for up to sixteen characters are the whole word: a lookup compares numbers and reads no
/// string. A word with other characters is held by its first and last four UTF-16 characters and a
/// length marked as not ASCII, and always compared in full.
/// </para>
/// <para>
/// Every word sits in one of two slots its hash names, so a lookup reads both and takes the one that
/// holds the word (or neither) without a branch on the answer: an unknown word costs no mispredicted
/// jump and no walk along a run of taken slots. A one-token word's id sits in the slot itself.
/// </para>
/// <para>Immutable after construction and safe to share between threads.</para>
/// </remarks>
internal sealed class Vocabulary
{
    /// <summary>The longest ASCII word whose slot's numbers are the whole word.</summary>
    private const int SlotOnlyLength = 16;

    /// <summary>Marks the length of a word that is not all ASCII, so no ASCII word's lookup can match it.</summary>
    private const int NotAscii = 1 << 16;

    /// <summary>How many times an insertion may move a word to its other slot before the table is made larger.</summary>
    private const int MaxMoves = 500;

    private readonly Slot[] _slots;
    private readonly string[] _keys;
    private readonly int[] _ids;
    private readonly int _bits;
    private readonly int _mask;
    private readonly int _firstShift;
    private readonly int _secondShift;

    /// <summary>Builds the table.</summary>
    /// <param name="entries">Normalised word → its token ids (at least one).</param>
    /// <param name="wordCount">The number of distinct token ids (ids run from 1 to this number).</param>
    public Vocabulary(IReadOnlyDictionary<string, int[]> entries, int wordCount)
    {
        WordCount = wordCount;
        var ids = new List<int>();
        var words = new List<(string Key, Slot Slot)>();
        foreach (var (key, keyIds) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (key.Length == 0)
            {
                continue;
            }

            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
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

            var (head, tail, length) = Parts(key);
            words.Add((key, new Slot(head, tail, length, value)));
        }

        _ids = [.. ids];

        // At most half full: two choices per word then nearly always find room; if they do not, larger.
        _bits = 4;
        while ((1 << _bits) < words.Count * 2)
        {
            _bits++;
        }

        while (true)
        {
            _mask = (1 << _bits) - 1;
            _firstShift = 64 - _bits;
            _secondShift = 64 - (2 * _bits);
            _slots = new Slot[1 << _bits];
            _keys = new string[1 << _bits];
            if (words.TrueForAll(w => Insert(w.Key, w.Slot)))
            {
                break;
            }

            _bits++;
        }
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
    public int Find(ReadOnlySpan<char> folded)
    {
        var (head, tail, length) = Parts(folded);
        return Probe(head, tail, length, folded, caseless: false);
    }

    /// <summary>
    /// Finds the word of <paramref name="length"/> ASCII letters and digits that starts at
    /// <paramref name="first"/>, capitals read as their lower case, where at least eight characters
    /// can be read (those past the word are ignored); a word longer than any key is simply not found.
    /// </summary>
    /// <remarks>
    /// The same answer as <see cref="Find"/> on the normalised word, without copying it: eight
    /// characters at each end are narrowed to bytes at once (a short word's masked), with no branch on
    /// the word's length. Setting each character's 0x20 bit lower-cases an ASCII letter and leaves a
    /// digit as it is.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindAt(ref char first, int length)
    {
        ref var chars = ref Unsafe.As<char, ushort>(ref first);
        // Math.Min and Math.Max without a branch (the JIT would jump on lengths, which vary word to word).
        var beyond = length - 8;
        var shorter = beyond >> 31;
        var mask = ulong.MaxValue >> (-8 * (beyond & shorter));
        var head = (Bytes(Vector128.LoadUnsafe(ref chars)) | 0x2020_2020_2020_2020UL) & mask;
        var tail = (Bytes(Vector128.LoadUnsafe(ref chars, (nuint)(uint)(beyond & ~shorter))) | 0x2020_2020_2020_2020UL) & mask;
        return Probe(head, tail, length, MemoryMarshal.CreateReadOnlySpan(ref first, length), caseless: true);
    }

    /// <summary>The token ids of a word <see cref="Find"/> returned a negative value for.</summary>
    public ReadOnlySpan<int> Ids(int found)
    {
        var at = ~found;
        return _ids.AsSpan(at + 1, _ids[at]);
    }

    // Eight ASCII characters as the bytes of one number, the first lowest.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bytes(Vector128<ushort> chars) => Vector128.NarrowWithSaturation(chars, chars).AsUInt64().ToScalar();

    // Both of the word's slots are read and compared; the one holding the word gives its value, as a
    // mask, so neither answer costs a branch. A word longer than its numbers is compared in full.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe(ulong head, ulong tail, int length, ReadOnlySpan<char> word, bool caseless)
    {
        var (first, second) = SlotsOf(head, tail, length);
        if (length > SlotOnlyLength)
        {
            return FindLong(first, second, word, caseless);
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref readonly var one = ref Unsafe.Add(ref slots, first);
        ref readonly var other = ref Unsafe.Add(ref slots, second);
        var inOne = (one.Head ^ head) | (one.Tail ^ tail) | (uint)(one.Length ^ length);
        var inOther = (other.Head ^ head) | (other.Tail ^ tail) | (uint)(other.Length ^ length);
        return (one.Value & AllOnesIfZero(inOne)) | (other.Value & AllOnesIfZero(inOther));
    }

    // -1 for 0, else 0 (the top bit of x | -x is x's being non-zero).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AllOnesIfZero(ulong x) => (int)((x | (0 - x)) >> 63) - 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindLong(int first, int second, ReadOnlySpan<char> word, bool caseless) =>
        Same(word, _keys[first], caseless) ? _slots[first].Value
        : Same(word, _keys[second], caseless) ? _slots[second].Value
        : 0;

    private static bool Same(ReadOnlySpan<char> word, string? key, bool caseless)
    {
        if (key is null || key.Length != word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if ((caseless ? (char)(word[k] | 0x20) : word[k]) != key[k])
            {
                return false;
            }
        }

        return true;
    }

    // Cuckoo insertion: into a free one of the word's two slots, else into the first, moving the word
    // there to its other slot, and so on; false when that goes on too long (the table is then rebuilt larger).
    private bool Insert(string key, Slot slot)
    {
        var at = SlotsOf(slot.Head, slot.Tail, slot.Length).First;
        for (var move = 0; move < MaxMoves; move++)
        {
            var (first, second) = SlotsOf(slot.Head, slot.Tail, slot.Length);
            if (_slots[first].Length == 0 || _slots[second].Length == 0)
            {
                at = _slots[first].Length == 0 ? first : second;
                _slots[at] = slot;
                _keys[at] = key;
                return true;
            }

            (_slots[at], slot) = (slot, _slots[at]);
            (_keys[at], key) = (key, _keys[at]);
            var (movedFirst, movedSecond) = SlotsOf(slot.Head, slot.Tail, slot.Length);
            at = at == movedFirst ? movedSecond : movedFirst;
        }

        return false;
    }

    // A word's parts: for an ASCII word its first and last eight characters as bytes (a word of up to
    // eight: all of it, in both) and its length; otherwise its first and last four UTF-16 characters
    // (packed the same way) and its length marked NotAscii.
    private static (ulong Head, ulong Tail, int Length) Parts(ReadOnlySpan<char> folded)
    {
        // A plain loop: a generic span search allocates in code the runtime has not yet optimised (tier 0).
        var ascii = true;
        foreach (var c in folded)
        {
            ascii &= c < 128;
        }

        var width = ascii ? 8 : 4;
        var shift = ascii ? 8 : 16;
        ulong head = 0;
        ulong tail = 0;
        var count = Math.Min(folded.Length, width);
        for (var k = 0; k < count; k++)
        {
            head |= (ulong)folded[k] << (shift * k);
            tail |= (ulong)folded[folded.Length - count + k] << (shift * k);
        }

        return (head, tail, ascii ? folded.Length : folded.Length | NotAscii);
    }

    // Two independent multiplications mixed; the top bits name the first slot and the next ones the
    // second (each depends on every bit of what was multiplied).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int First, int Second) SlotsOf(ulong head, ulong tail, int length)
    {
        var mixed = ((head + (ulong)length) * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL);
        return ((int)(mixed >> _firstShift), (int)(mixed >> _secondShift) & _mask);
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Slot(ulong Head, ulong Tail, int Length, int Value);
}
