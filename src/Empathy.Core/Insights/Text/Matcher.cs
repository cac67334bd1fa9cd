using System.Runtime.CompilerServices;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// A trie over token ids that finds every pattern of a set of rules in one pass over a text's
/// tokens, without allocating. Patterns never cross punctuation; <c>*</c> in a pattern matches
/// any one token, and up to <see cref="MaxFillers"/> filler words of the lexicon ("really",
/// "fucking") may stand inside a match without being in its pattern ("want to really die").
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. The root is an array indexed by token id, so a
/// word no rule starts with costs one array read.
/// </remarks>
internal sealed class Matcher
{
    private readonly int[] _root;
    private readonly Node[] _nodes;
    private readonly Node[] _rootNodes; // the node each token id starts, by id: the walk's first step reads one small table
    private readonly RawMatch[] _outputs;
    private readonly bool[] _filler; // by token id

    // Every edge (node, token id) → child in one open-addressing table, so a step costs one hash and
    // usually one probe, however many children the node has (searching a node's children in turn, or by
    // binary search past eight, was about a third of the trie scan's time in a profile).
    private const ulong NoEdge = ulong.MaxValue;
    private readonly ulong[] _edgeKeys;
    private readonly int[] _edgeNodes;
    private readonly int _edgeShift;
    private readonly int _edgeMask;

    /// <summary>How many filler words one match may step over.</summary>
    public const int MaxFillers = 2;

    internal Matcher(
        CompiledRule[] rules,
        CompiledPattern[] patterns,
        int[] root,
        int[] childStart,
        int[] childCount,
        int[] childIds,
        int[] childNodes,
        int[] wildcard,
        int[] outputStart,
        int[] outputCount,
        int[] outputs,
        int maxPatternLength,
        ScopeWords words)
    {
        if (rules.Length > RawMatch.MaxRules)
        {
            throw new ArgumentException($"A matcher holds at most {RawMatch.MaxRules} rules; this one has {rules.Length}.", nameof(rules));
        }

        Rules = rules;
        Patterns = patterns;
        _root = root;
        _nodes = new Node[childCount.Length];
        for (var node = 0; node < _nodes.Length; node++)
        {
            var children = 0UL;
            for (var k = childStart[node]; k < childStart[node] + childCount[node]; k++)
            {
                children |= ChildBit(childIds[k]);
            }

            _nodes[node] = new Node(outputStart[node], outputCount[node], wildcard[node], childCount[node], children);
        }

        _rootNodes = [.. root.Select(node => node >= 0 ? _nodes[node] : default)];

        _filler = new bool[root.Length];
        for (var id = 0; id < root.Length; id++)
        {
            _filler[id] = words.IsFiller(id);
        }

        // Each output as the match it reports, but for its tokens: reporting copies it and looks nothing up.
        _outputs = [.. outputs.Select(p => new RawMatch(p, 0, 0, patterns[p].Rule, rules[patterns[p].Rule].Role, patterns[p].IsException))];
        MaxPatternLength = maxPatternLength;
        MaxMatchLength = maxPatternLength + MaxFillers;
        (_edgeKeys, _edgeNodes, _edgeShift, _edgeMask) = EdgeTable(childStart, childCount, childIds, childNodes);
    }

    // Arrays, not read-only lists: the resolving passes index them for every match.
    public CompiledRule[] Rules { get; }

    public CompiledPattern[] Patterns { get; }

    /// <summary>The most tokens any pattern spans.</summary>
    public int MaxPatternLength { get; }

    /// <summary>The most tokens any match spans: the longest pattern and the fillers it may step over.</summary>
    public int MaxMatchLength { get; }

    public CompiledRule RuleOf(in RawMatch match) => Rules[match.Rule];

    /// <summary>Adds every pattern found in <paramref name="tokens"/> to <paramref name="matches"/>, ordered by first token.</summary>
    public void Scan(ReadOnlySpan<Token> tokens, ref MatchList matches, Span<int> scratch)
    {
        var root = _root;
        var rootNodes = _rootNodes;
        long work = tokens.Length;
        for (var from = 0; from < tokens.Length; from += scratch.Length)
        {
            // First, without a branch per token, the tokens some pattern starts with (whether a word
            // starts a pattern is as good as random, so a branch on it is mispredicted most of the time);
            // then the walks from those alone.
            var to = Math.Min(tokens.Length, from + scratch.Length);
            var starts = 0;
            for (var i = from; i < to; i++)
            {
                var id = tokens[i].Id;
                var node = (uint)id < (uint)root.Length ? root[id] : -1;
                scratch[starts] = i;
                starts += node >= 0 ? 1 : 0;
            }

            // The walks from those starts. Follow is inlined here: most starts report nothing and take
            // no step, and so cost no call.
            foreach (var i in scratch[..starts])
            {
                var id = tokens[i].Id;
                ref readonly var info = ref rootNodes[id];
                work++;
                if (info.OutputCount != 0)
                {
                    Report(info, i, i, ref matches);
                }

                Follow(root[id], info, i, i, 0, tokens, ref matches, ref work);
            }
        }

        ScanWork.Add(work);
    }

    // Each step follows the next token's edge, the wildcard edge, and (for a filler word, at most
    // MaxFillers times per match) stays on the same node; the node's outputs are reported only when it
    // is reached by an edge, so a filler after a complete phrase never makes a second, longer match.
    private void Walk(int node, int first, int last, int fillers, bool report, ReadOnlySpan<Token> tokens, ref MatchList matches, ref long work)
    {
        work++;
        ref readonly var info = ref _nodes[node];
        if (report && info.OutputCount != 0)
        {
            Report(info, first, last, ref matches);
        }

        Follow(node, info, first, last, fillers, tokens, ref matches, ref work);
    }

    private void Report(in Node info, int first, int last, ref MatchList matches)
    {
        foreach (var output in _outputs.AsSpan(info.OutputStart, info.OutputCount))
        {
            var match = output;
            match.First = first;
            match.Last = last;
            matches.Add(match);
        }
    }

    private bool IsFiller(int id) => (uint)id < (uint)_filler.Length && _filler[id];

    // The summary answers most "is there an edge?" from a table as small as the vocabulary: two of three
    // next words a node has no edge for are ruled out without a probe of the edge table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the scan's loop over starts (see Scan)
    private void Follow(int node, in Node info, int first, int last, int fillers, ReadOnlySpan<Token> tokens, ref MatchList matches, ref long work)
    {
        var next = last + 1;
        if (next >= tokens.Length || tokens[next].Has(TokenFlags.BreakBefore))
        {
            return;
        }

        var id = tokens[next].Id;
        if (id != 0 && (info.Children & ChildBit(id)) != 0)
        {
            var child = Child(node, id);
            if (child >= 0)
            {
                Walk(child, first, next, fillers, true, tokens, ref matches, ref work);
            }
        }

        var wildcard = info.Wildcard;
        if (wildcard >= 0)
        {
            Walk(wildcard, first, next, fillers, true, tokens, ref matches, ref work);
        }

        if (fillers < MaxFillers && id != 0 && (info.ChildCount != 0 || wildcard >= 0) && IsFiller(id))
        {
            Walk(node, first, next, fillers + 1, false, tokens, ref matches, ref work);
        }
    }

    // The trie read one plain question at a time, for tests that check the scan against a walk that
    // takes no shortcut (no summary, no first step apart, no blocks of starts).

    /// <summary>The node a pattern starting with token <paramref name="id"/> begins at, or -1.</summary>
    internal int RootOf(int id) => (uint)id < (uint)_root.Length ? _root[id] : -1;

    /// <summary>The node the edge for token <paramref name="id"/> out of <paramref name="node"/> leads to, or -1.</summary>
    internal int EdgeOf(int node, int id) => id != 0 && _nodes[node].ChildCount != 0 ? Child(node, id) : -1;

    /// <summary>The node the wildcard edge out of <paramref name="node"/> leads to, or -1.</summary>
    internal int WildcardOf(int node) => _nodes[node].Wildcard;

    /// <summary>Whether any edge (a word's or the wildcard's) leaves <paramref name="node"/>.</summary>
    internal bool HasEdges(int node) => _nodes[node].ChildCount != 0 || _nodes[node].Wildcard >= 0;

    /// <summary>The patterns that end at <paramref name="node"/>, in the order the scan reports them.</summary>
    internal IEnumerable<int> PatternsAt(int node) =>
        _outputs.Skip(_nodes[node].OutputStart).Take(_nodes[node].OutputCount).Select(output => output.Pattern);

    /// <summary>Whether the scan steps over token <paramref name="id"/> inside a match.</summary>
    internal bool StepsOver(int id) => IsFiller(id);

    // Only for a node with children (the callers check).
    private int Child(int node, int id)
    {
        var key = EdgeKey(node, id);
        var slot = EdgeSlot(key, _edgeShift);
        while (true)
        {
            var found = _edgeKeys[slot];
            if (found == key)
            {
                return _edgeNodes[slot];
            }

            if (found == NoEdge)
            {
                return -1;
            }

            slot = (slot + 1) & _edgeMask;
        }
    }

    // Which of 64 bits stands for a next word in a node's summary of its edges (a Bloom filter with one
    // hash): the top six bits of the id times 2^32 / φ.
    private static ulong ChildBit(int id) => 1UL << (int)(((uint)id * 2654435769u) >> 26);

    private static ulong EdgeKey(int node, int id) => ((ulong)(uint)node << 32) | (uint)id;

    // Fibonacci hashing: the top bits of the key times 2^64 / φ, well spread for keys that differ in few bits.
    private static int EdgeSlot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private static (ulong[] Keys, int[] Nodes, int Shift, int Mask) EdgeTable(int[] childStart, int[] childCount, int[] childIds, int[] childNodes)
    {
        var edges = 0;
        foreach (var count in childCount)
        {
            edges += count;
        }

        var bits = 4;
        while ((1 << bits) < edges * 2)
        {
            bits++;
        }

        var keys = new ulong[1 << bits];
        var nodes = new int[1 << bits];
        Array.Fill(keys, NoEdge);
        var mask = (1 << bits) - 1;
        var shift = 64 - bits;
        for (var node = 0; node < childCount.Length; node++)
        {
            for (var k = childStart[node]; k < childStart[node] + childCount[node]; k++)
            {
                var key = EdgeKey(node, childIds[k]);
                var slot = EdgeSlot(key, shift);
                while (keys[slot] != NoEdge)
                {
                    slot = (slot + 1) & mask;
                }

                keys[slot] = key;
                nodes[slot] = childNodes[k];
            }
        }

        return (keys, nodes, shift, mask);
    }

    // What a step needs of a node, side by side, so one read of one table answers it. Children: a
    // 64-bit summary of the next words the node has an edge for (ChildBit), so most steps that lead
    // nowhere are ruled out without probing the edge table.
    private readonly record struct Node(int OutputStart, int OutputCount, int Wildcard, int ChildCount, ulong Children);
}
