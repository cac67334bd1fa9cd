using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// The words a compiled lexicon knows, each with its token ids: one id for a plain word, several
/// for a contraction ("can't" → can, not). A cuckoo hash table over normalised characters, so a
/// word can be looked up from a span without allocating.
/// </summary>
/// <remarks>
/// <para>
/// A word of up to sixteen ASCII characters (nearly every word of a text) is held in a slot of
/// sixteen bytes: its characters, zero-padded (no word character is zero, so no length is needed).
/// As ASCII leaves the top bit of every byte free, those sixteen bits hold the word's value: a
/// lookup compares sixteen bytes at once and reads its answer from the same sixteen, and the whole
/// table is two thirds of the size it would be with the length and value beside the characters.
/// </para>
/// <para>
/// Every such word sits in one of two slots its hash names, so a lookup reads both and takes the one
/// that holds the word (or neither) without a branch on the answer: an unknown word costs no
/// mispredicted jump and no walk along a run of taken slots. Longer words, words with other
/// characters and values too large for sixteen bits are held in a dictionary beside the table.
/// </para>
/// <para>Immutable after construction and safe to share between threads.</para>
/// </remarks>
internal sealed class Vocabulary
{
    /// <summary>The longest ASCII word a slot holds.</summary>
    private const int SlotLength = 16;

    /// <summary>A slot's value when the word's own does not fit in sixteen bits: the word is in the dictionaries.</summary>
    private const short Elsewhere = short.MinValue;

    /// <summary>How many times an insertion may move a word to its other slot before the table is made larger.</summary>
    private const int MaxMoves = 500;

    /// <summary>A slot's bytes without their top bits: the characters.</summary>
    private const ulong CharBits = 0x7F7F_7F7F_7F7F_7F7FUL;

    /// <summary>The slots, <see cref="_origin"/> bytes in: pinned, so the table starts on a cache line for good.</summary>
    private readonly byte[] _slots;
    private readonly int _origin;
    private readonly int _mask;
    private readonly int _firstShift;
    private readonly int _secondShift;

    // The words no slot answers for: by their normalised characters; the ASCII ones also as written (any case).
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _others;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _asciiOthers;
    private readonly int[] _ids;

    /// <summary>Builds the table.</summary>
    /// <param name="entries">Normalised word → its token ids (at least one).</param>
    /// <param name="wordCount">The number of distinct token ids (ids run from 1 to this number).</param>
    public Vocabulary(IReadOnlyDictionary<string, int[]> entries, int wordCount)
    {
        WordCount = wordCount;
        var ids = new List<int>();
        var words = new List<Slot>();
        var others = new Dictionary<string, int>(StringComparer.Ordinal);
        var asciiOthers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
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

            var ascii = IsAscii(key);
            var inSlot = ascii && key.Length <= SlotLength;
            var fits = value is > Elsewhere and <= short.MaxValue;
            if (inSlot)
            {
                var (low, high) = Parts(key);
                words.Add(new Slot(low, high, fits ? (short)value : Elsewhere));
            }

            if (!inSlot || !fits)
            {
                others[key] = value;
                if (ascii)
                {
                    asciiOthers[key] = value;
                }
            }
        }

        _ids = [.. ids];
        _others = others.GetAlternateLookup<ReadOnlySpan<char>>();
        _asciiOthers = asciiOthers.GetAlternateLookup<ReadOnlySpan<char>>();

        // At most half full: two choices per word then nearly always find room; if they do not, larger.
        var bits = 4;
        while ((1 << bits) < words.Count * 2)
        {
            bits++;
        }

        Slot[] table;
        while (true)
        {
            _mask = (1 << bits) - 1;
            _firstShift = 64 - bits;
            _secondShift = 64 - (2 * bits);
            table = new Slot[1 << bits];
            if (words.TrueForAll(w => Insert(table, w)))
            {
                break;
            }

            bits++;
        }

        (_slots, _origin) = Write(table);
    }

    /// <summary>The number of distinct token ids; ids run from 1 to this number, 0 means "unknown word".</summary>
    public int WordCount { get; }

    /// <summary>The longest normalised key; longer words cannot be in the table.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Finds a normalised word.</summary>
    /// <param name="folded">The normalised characters.</param>
    /// <returns>
    /// 0 when the word is not known; its token id (1 or more) when it is one token; a negative value
    /// for a word of several tokens, whose ids <see cref="Ids"/> gives.
    /// </returns>
    public int Find(ReadOnlySpan<char> folded)
    {
        if (folded.Length is 0 or > SlotLength || !IsAscii(folded))
        {
            return _others.TryGetValue(folded, out var other) ? other : 0;
        }

        var (low, high) = Parts(folded);
        var (first, second) = SlotsOf(low, high);
        var found = ValueIn(first, low, high) | ValueIn(second, low, high);
        return found != Elsewhere ? found : _others.TryGetValue(folded, out var value) ? value : 0;
    }

    /// <summary>
    /// Finds the word of <paramref name="length"/> ASCII letters and digits (and apostrophes) that
    /// starts at <paramref name="first"/>, capitals read as their lower case, where at least sixteen
    /// characters can be read (those past the word are ignored).
    /// </summary>
    /// <remarks>
    /// The same answer as <see cref="Find"/> on the normalised word, without copying it: sixteen
    /// characters are narrowed to bytes at once, those past the word masked, with no branch on the
    /// word's length. Setting each character's 0x20 bit lower-cases an ASCII letter and leaves a
    /// digit and an apostrophe as they are.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindAt(ref char first, int length)
    {
        if (length > SlotLength)
        {
            return FindAsciiOther(ref first, length);
        }

        ref var chars = ref Unsafe.As<char, ushort>(ref first);
        var written = Narrow(Vector128.LoadUnsafe(ref chars), Vector128.LoadUnsafe(ref chars, (nuint)Vector128<ushort>.Count));
        var inWord = Vector128.GreaterThan(Vector128.Create((sbyte)length), Vector128<sbyte>.Indices).AsByte();
        var key = (written | Vector128.Create((byte)0x20)) & inWord;
        var low = key.AsUInt64().ToScalar();
        var high = key.AsUInt64().GetElement(1);
        var (one, other) = SlotsOf(low, high);

        // Both slots compared whole; the one that holds the word gives its top bits, the value, as a mask.
        ref var slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _origin);
        var inOne = Vector128.LoadUnsafe(ref slots, (nuint)(uint)one * SlotLength);
        var inOther = Vector128.LoadUnsafe(ref slots, (nuint)(uint)other * SlotLength);
        var chars7 = Vector128.Create((byte)0x7F);
        var missOne = ~Vector128.Equals(inOne & chars7, key).ExtractMostSignificantBits() & 0xFFFF;
        var missOther = ~Vector128.Equals(inOther & chars7, key).ExtractMostSignificantBits() & 0xFFFF;
        var found = (short)((inOne.ExtractMostSignificantBits() & AllOnesIfZero(missOne))
            | (inOther.ExtractMostSignificantBits() & AllOnesIfZero(missOther)));
        return found != Elsewhere ? found : FindAsciiOther(ref first, length);
    }

    // Sixteen characters as bytes, saturated (anything past 0xFF as 0xFF). The lookup waits on this, so on
    // x86 it is two minimums and one pack, which answer sooner than the generic narrowing's wider steps.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(Vector128<ushort> first, Vector128<ushort> second)
    {
        if (Sse2.IsSupported)
        {
            var limit = Vector128.Create((ushort)byte.MaxValue);
            return Sse2.PackUnsignedSaturate(Vector128.Min(first, limit).AsInt16(), Vector128.Min(second, limit).AsInt16());
        }

        return Vector128.NarrowWithSaturation(first, second);
    }

    /// <summary>The token ids of a word <see cref="Find"/> returned a negative value for.</summary>
    public ReadOnlySpan<int> Ids(int found)
    {
        var at = ~found;
        return _ids.AsSpan(at + 1, _ids[at]);
    }

    // 0xFFFF for 0, else 0, for a 16-bit mask of differing bytes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AllOnesIfZero(uint miss) => (miss - 1) >> 16;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindAsciiOther(ref char first, int length) =>
        _asciiOthers.TryGetValue(MemoryMarshal.CreateReadOnlySpan(ref first, length), out var value) ? value : 0;

    // The slot's value when it holds the word, else 0 (the scalar reading of FindAt's comparison).
    private short ValueIn(int slot, ulong low, ulong high)
    {
        ref var at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _origin + (slot * SlotLength));
        var slotLow = Unsafe.ReadUnaligned<ulong>(ref at);
        var slotHigh = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, sizeof(ulong)));

        return (slotLow & CharBits) == low && (slotHigh & CharBits) == high
            ? (short)(TopBits(slotLow) | (TopBits(slotHigh) << 8))
            : (short)0;
    }

    // The top bits of the eight bytes of x, byte k's as bit k (one multiplication gathers them into the top byte).
    private static int TopBits(ulong x) => (int)(((x & ~CharBits) * 0x0002_0408_1020_4081UL) >> 56);

    // Cuckoo insertion: into a free one of the word's two slots, else into the first, moving the word
    // there to its other slot, and so on; false when that goes on too long (the table is then rebuilt larger).
    private bool Insert(Slot[] table, Slot slot)
    {
        var at = SlotsOf(slot.Low, slot.High).First;
        for (var move = 0; move < MaxMoves; move++)
        {
            var (first, second) = SlotsOf(slot.Low, slot.High);
            if (table[first].Low == 0 || table[second].Low == 0)
            {
                table[table[first].Low == 0 ? first : second] = slot;
                return true;
            }

            (table[at], slot) = (slot, table[at]);
            var (movedFirst, movedSecond) = SlotsOf(slot.Low, slot.High);
            at = at == movedFirst ? movedSecond : movedFirst;
        }

        return false;
    }

    // The slots as bytes, the value's bits in the top bit of each (bit k in byte k), on a cache line's start.
    private static (byte[] Slots, int Origin) Write(Slot[] table)
    {
        const int Line = 64;
        var bytes = GC.AllocateArray<byte>((table.Length * SlotLength) + Line, pinned: true);
        var origin = (int)((Line - (Marshal.UnsafeAddrOfPinnedArrayElement(bytes, 0) % Line)) % Line);
        ref var slots = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(bytes), origin);
        for (var s = 0; s < table.Length; s++)
        {
            var value = (ushort)table[s].Value;
            ref var at = ref Unsafe.Add(ref slots, s * SlotLength);
            Unsafe.WriteUnaligned(ref at, table[s].Low | TopBitsOf((byte)value));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref at, sizeof(ulong)), table[s].High | TopBitsOf((byte)(value >> 8)));
        }

        return (bytes, origin);
    }

    // The eight bits of b as the top bits of eight bytes, bit k in byte k.
    private static ulong TopBitsOf(byte b)
    {
        ulong bits = 0;
        for (var k = 0; k < 8; k++)
        {
            bits |= (ulong)((b >> k) & 1) << ((8 * k) + 7);
        }

        return bits;
    }

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        // A plain loop: a generic span search allocates in code the runtime has not yet optimised (tier 0).
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= c < 128;
        }

        return ascii;
    }

    // An ASCII word of up to sixteen characters as the bytes of two numbers, zero-padded, the first character lowest.
    private static (ulong Low, ulong High) Parts(ReadOnlySpan<char> folded)
    {
        ulong low = 0;
        ulong high = 0;
        for (var k = 0; k < folded.Length; k++)
        {
            if (k < 8)
            {
                low |= (ulong)folded[k] << (8 * k);
            }
            else
            {
                high |= (ulong)folded[k] << (8 * (k - 8));
            }
        }

        return (low, high);
    }

    // Two independent multiplications mixed; the top bits name the first slot and the next ones the
    // second (each depends on every bit of what was multiplied).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int First, int Second) SlotsOf(ulong low, ulong high)
    {
        var mixed = (low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL);
        return ((int)(mixed >> _firstShift), (int)(mixed >> _secondShift) & _mask);
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Slot(ulong Low, ulong High, short Value);
}
