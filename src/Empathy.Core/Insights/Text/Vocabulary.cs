using System.Runtime.CompilerServices;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// The words a compiled lexicon knows, each with its token ids: one id for a plain word, several
/// for a contraction ("can't" → can, not). An open-addressing hash table over normalised
/// characters, so a word can be looked up from a span without allocating.
/// </summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
internal sealed class Vocabulary
{
    private readonly string[] _keys;
    private readonly uint[] _hashes;
    private readonly int[] _idStart;
    private readonly int[] _idCount;
    private readonly int[] _ids;
    private readonly int[] _slots; // entry index + 1; 0 = empty
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="entries">Normalised word → its token ids (at least one).</param>
    /// <param name="wordCount">The number of distinct token ids (ids run from 1 to this number).</param>
    public Vocabulary(IReadOnlyDictionary<string, int[]> entries, int wordCount)
    {
        WordCount = wordCount;
        _keys = new string[entries.Count];
        _hashes = new uint[entries.Count];
        _idStart = new int[entries.Count];
        _idCount = new int[entries.Count];
        _ids = new int[entries.Values.Sum(v => v.Length)];

        var capacity = 16;
        while (capacity < entries.Count * 4)
        {
            capacity *= 2;
        }

        _slots = new int[capacity];
        _mask = capacity - 1;

        var entry = 0;
        var next = 0;
        foreach (var (key, ids) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            _keys[entry] = key;
            _hashes[entry] = CharRules.HashWord(key);
            _idStart[entry] = next;
            _idCount[entry] = ids.Length;
            ids.CopyTo(_ids, next);
            next += ids.Length;
            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);

            var slot = (int)(_hashes[entry] & (uint)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = entry + 1;
            entry++;
        }
    }

    /// <summary>The number of distinct token ids; ids run from 1 to this number, 0 means "unknown word".</summary>
    public int WordCount { get; }

    /// <summary>The longest normalised key; longer words cannot be in the table.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Finds a normalised word.</summary>
    /// <param name="folded">The normalised characters.</param>
    /// <param name="hash">Their hash (<see cref="CharRules.HashWord"/>).</param>
    /// <returns>The entry index, or −1 when the word is not known.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> folded, uint hash)
    {
        var slot = (int)(hash & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_hashes[entry] == hash && folded.SequenceEqual(_keys[entry]))
            {
                return entry;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The token ids of an entry found by <see cref="Find"/>.</summary>
    public ReadOnlySpan<int> Ids(int entry) => _ids.AsSpan(_idStart[entry], _idCount[entry]);
}
