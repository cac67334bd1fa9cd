namespace Empathy.Core.Insights.Text;

/// <summary>Builds a <see cref="Matcher"/> from rules and their expanded token sequences.</summary>
/// <remarks>Edges and outputs are kept in flat tables (not a dictionary per node), so building stays cheap for tens of thousands of patterns.</remarks>
internal sealed class MatcherBuilder
{
    /// <summary>The id that stands for "any one token" in a sequence.</summary>
    public const int Wildcard = -1;

    private readonly int _wordCount;
    private readonly ScopeWords _words;
    private readonly List<CompiledRule> _rules = [];
    private readonly List<CompiledPattern> _patterns = [];
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<(int Node, int Pattern)> _outputs = [];
    private readonly HashSet<(int Node, int Rule, bool Exception)> _seen = [];
    private int _nodes = 1;
    private int _maxLength;

    /// <param name="wordCount">The number of distinct token ids.</param>
    /// <param name="words">The lexicon's scope words (the matcher steps over its fillers).</param>
    public MatcherBuilder(int wordCount, ScopeWords words)
    {
        _wordCount = wordCount;
        _words = words;
    }

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
            var key = ((long)node << 32) | (uint)id;
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _nodes++;
                _edges[key] = child;
            }

            node = child;
        }

        // The same words reached twice for one rule (through different class entries) count once.
        if (_seen.Add((node, rule, isException)))
        {
            _outputs.Add((node, _patterns.Count));
            _patterns.Add(new CompiledPattern(rule, phrase, isException));
            _maxLength = Math.Max(_maxLength, sequence.Count);
        }
    }

    public Matcher Build()
    {
        var root = new int[_wordCount + 1];
        Array.Fill(root, -1);
        var childStart = new int[_nodes];
        var childCount = new int[_nodes];
        var wildcard = new int[_nodes];
        Array.Fill(wildcard, -1);
        var outputStart = new int[_nodes];
        var outputCount = new int[_nodes];

        // Edges sorted by (node, id): each node's children are one sorted run.
        var edges = new (int Node, int Id, int Child)[_edges.Count];
        var e = 0;
        foreach (var (key, child) in _edges)
        {
            edges[e++] = ((int)(key >> 32), (int)(uint)key, child);
        }

        Array.Sort(edges);
        var childIds = new List<int>(edges.Length);
        var childNodes = new List<int>(edges.Length);
        foreach (var (node, id, child) in edges)
        {
            if (node == 0)
            {
                root[id] = child; // the root is read through the array
            }
            else if (id == Wildcard)
            {
                wildcard[node] = child;
            }
            else
            {
                if (childCount[node] == 0)
                {
                    childStart[node] = childIds.Count;
                }

                childIds.Add(id);
                childNodes.Add(child);
                childCount[node]++;
            }
        }

        var outputs = _outputs.OrderBy(o => o.Node).ThenBy(o => o.Pattern).ToArray();
        var flat = new int[outputs.Length];
        for (var i = 0; i < outputs.Length; i++)
        {
            var (node, pattern) = outputs[i];
            if (outputCount[node] == 0)
            {
                outputStart[node] = i;
            }

            outputCount[node]++;
            flat[i] = pattern;
        }

        return new Matcher([.. _rules], [.. _patterns], root, childStart, childCount, [.. childIds], [.. childNodes], wildcard, outputStart, outputCount, flat, _maxLength, _words);
    }
}
