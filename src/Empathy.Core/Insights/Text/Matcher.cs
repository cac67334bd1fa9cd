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
    private readonly int[] _childStart;
    private readonly int[] _childCount;
    private readonly int[] _childIds;
    private readonly int[] _childNodes;
    private readonly int[] _wildcard;
    private readonly int[] _outputStart;
    private readonly int[] _outputCount;
    private readonly int[] _outputs;
    private readonly ScopeWords _words;

    /// <summary>How many filler words one match may step over.</summary>
    public const int MaxFillers = 2;

    internal Matcher(
        IReadOnlyList<CompiledRule> rules,
        IReadOnlyList<CompiledPattern> patterns,
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
        Rules = rules;
        Patterns = patterns;
        _root = root;
        _childStart = childStart;
        _childCount = childCount;
        _childIds = childIds;
        _childNodes = childNodes;
        _wildcard = wildcard;
        _outputStart = outputStart;
        _outputCount = outputCount;
        _outputs = outputs;
        _words = words;
        MaxPatternLength = maxPatternLength;
        MaxMatchLength = maxPatternLength + MaxFillers;
    }

    public IReadOnlyList<CompiledRule> Rules { get; }

    public IReadOnlyList<CompiledPattern> Patterns { get; }

    /// <summary>The most tokens any pattern spans.</summary>
    public int MaxPatternLength { get; }

    /// <summary>The most tokens any match spans: the longest pattern and the fillers it may step over.</summary>
    public int MaxMatchLength { get; }

    public CompiledRule RuleOf(in RawMatch match) => Rules[Patterns[match.Pattern].Rule];

    /// <summary>Adds every pattern found in <paramref name="tokens"/> to <paramref name="matches"/>, ordered by first token.</summary>
    public void Scan(ReadOnlySpan<Token> tokens, ref MatchList matches)
    {
        var root = _root;
        long work = tokens.Length;
        for (var i = 0; i < tokens.Length; i++)
        {
            var id = tokens[i].Id;
            if ((uint)id >= (uint)root.Length)
            {
                continue;
            }

            var node = root[id];
            if (node >= 0)
            {
                Walk(node, i, i, 0, true, tokens, ref matches, ref work);
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
        var outputs = _outputCount[node];
        if (report && outputs != 0)
        {
            var start = _outputStart[node];
            for (var o = 0; o < outputs; o++)
            {
                matches.Add(new RawMatch(_outputs[start + o], first, last));
            }
        }

        var next = last + 1;
        if (next >= tokens.Length || tokens[next].Has(TokenFlags.BreakBefore))
        {
            return;
        }

        var id = tokens[next].Id;
        if (id != 0)
        {
            var child = Child(node, id);
            if (child >= 0)
            {
                Walk(child, first, next, fillers, true, tokens, ref matches, ref work);
            }
        }

        var wildcard = _wildcard[node];
        if (wildcard >= 0)
        {
            Walk(wildcard, first, next, fillers, true, tokens, ref matches, ref work);
        }

        if (fillers < MaxFillers && id != 0 && (_childCount[node] != 0 || wildcard >= 0) && _words.IsFiller(id))
        {
            Walk(node, first, next, fillers + 1, false, tokens, ref matches, ref work);
        }
    }

    private int Child(int node, int id)
    {
        var count = _childCount[node];
        if (count == 0)
        {
            return -1;
        }

        var start = _childStart[node];
        if (count <= 8)
        {
            for (var k = start; k < start + count; k++)
            {
                if (_childIds[k] == id)
                {
                    return _childNodes[k];
                }
            }

            return -1;
        }

        var at = Array.BinarySearch(_childIds, start, count, id);
        return at >= 0 ? _childNodes[at] : -1;
    }
}
