namespace Empathy.Core.Insights.Text;

/// <summary>Builds a <see cref="Matcher"/> from rules and their expanded token sequences.</summary>
internal sealed class MatcherBuilder
{
    /// <summary>The id that stands for "any one token" in a sequence.</summary>
    public const int Wildcard = -1;

    private readonly int _wordCount;
    private readonly List<CompiledRule> _rules = [];
    private readonly List<CompiledPattern> _patterns = [];
    private readonly List<Dictionary<int, int>> _children = [new()];
    private readonly List<List<int>> _outputs = [[]];
    private readonly Dictionary<(int Node, int Rule, bool Exception), int> _seen = [];
    private int _maxLength;

    public MatcherBuilder(int wordCount) => _wordCount = wordCount;

    public int AddRule(Func<int, CompiledRule> create)
    {
        var rule = create(_rules.Count);
        _rules.Add(rule);
        return rule.Index;
    }

    /// <summary>Adds one expanded sequence of token ids (<see cref="Wildcard"/> for <c>*</c>) for a rule.</summary>
    public void Add(int rule, IReadOnlyList<int> sequence, string phrase, bool isException)
    {
        if (sequence.Count == 0 || sequence[0] == Wildcard)
        {
            throw new ArgumentException($"Pattern '{phrase}' must start with a word.", nameof(sequence));
        }

        var node = 0;
        foreach (var id in sequence)
        {
            if (!_children[node].TryGetValue(id, out var child))
            {
                child = _children.Count;
                _children.Add([]);
                _outputs.Add([]);
                _children[node][id] = child;
            }

            node = child;
        }

        // The same words reached twice for one rule (through different class entries) count once.
        if (_seen.TryAdd((node, rule, isException), _patterns.Count))
        {
            _outputs[node].Add(_patterns.Count);
            _patterns.Add(new CompiledPattern(rule, phrase, isException));
            _maxLength = Math.Max(_maxLength, sequence.Count);
        }
    }

    public Matcher Build()
    {
        var nodes = _children.Count;
        var root = new int[_wordCount + 1];
        Array.Fill(root, -1);
        var childStart = new int[nodes];
        var childCount = new int[nodes];
        var wildcard = new int[nodes];
        var outputStart = new int[nodes];
        var outputCount = new int[nodes];
        var childIds = new List<int>();
        var childNodes = new List<int>();
        var outputs = new List<int>();

        for (var node = 0; node < nodes; node++)
        {
            wildcard[node] = _children[node].TryGetValue(Wildcard, out var any) ? any : -1;
            var children = _children[node].Where(c => c.Key != Wildcard).OrderBy(c => c.Key).ToList();
            childStart[node] = childIds.Count;
            childCount[node] = children.Count;
            foreach (var (id, child) in children)
            {
                childIds.Add(id);
                childNodes.Add(child);
            }

            outputStart[node] = outputs.Count;
            outputCount[node] = _outputs[node].Count;
            outputs.AddRange(_outputs[node]);
        }

        foreach (var (id, child) in _children[0])
        {
            root[id] = child;
        }

        // The root is read through the array; give it no children of its own in the node tables.
        childCount[0] = 0;
        wildcard[0] = -1;

        return new Matcher(_rules, _patterns, root, childStart, childCount, [.. childIds], [.. childNodes], wildcard, outputStart, outputCount, [.. outputs], _maxLength);
    }
}
