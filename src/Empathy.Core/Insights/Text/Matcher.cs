namespace Empathy.Core.Insights.Text;

/// <summary>
/// A trie over token ids that finds every pattern of a set of rules in one pass over a text's
/// tokens, without allocating. Patterns never cross punctuation; <c>*</c> in a pattern matches
/// any one token.
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
        int maxPatternLength)
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
        MaxPatternLength = maxPatternLength;
    }

    public IReadOnlyList<CompiledRule> Rules { get; }

    public IReadOnlyList<CompiledPattern> Patterns { get; }

    /// <summary>The most tokens any pattern spans.</summary>
    public int MaxPatternLength { get; }

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
                Walk(node, i, i, tokens, ref matches, ref work);
            }
        }

        ScanWork.Add(work);
    }

    private void Walk(int node, int first, int last, ReadOnlySpan<Token> tokens, ref MatchList matches, ref long work)
    {
        work++;
        var outputs = _outputCount[node];
        if (outputs != 0)
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
                Walk(child, first, next, tokens, ref matches, ref work);
            }
        }

        var wildcard = _wildcard[node];
        if (wildcard >= 0)
        {
            Walk(wildcard, first, next, tokens, ref matches, ref work);
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
