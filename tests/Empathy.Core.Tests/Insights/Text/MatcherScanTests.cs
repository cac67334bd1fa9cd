using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;
using Empathy.Core.Tests.Insights.Evaluation;

namespace Empathy.Core.Tests.Insights.Text;

/// <summary>
/// The matcher's scan finds the same matches in the same order as a plain walk of the same trie that
/// takes no shortcut: every token a start, every step one edge question, one recursive call per way
/// on. Checked on the labelled sets with the built-in lexicons, on random token sequences, and on
/// random tries built from random patterns (with wildcards and filler words) whose reference is a
/// trie of the test's own.
/// </summary>
public class MatcherScanTests
{
    // The scan lists its starts a block at a time: a tiny block makes every text cross block edges.
    private static readonly int[] StartBlocks = [ScanBuffers.StartsBlock, 5, 1];

    public static TheoryData<string> Languages() => [.. LexiconStore.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Scan_OnTheLabelledSets_FindsWhatThePlainWalkFinds(string language)
    {
        var lexicon = LexiconStore.Default(language);
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Insights", "Data"), "*.jsonl")
            .SelectMany(file => EvaluationSet.Load(Path.GetFileNameWithoutExtension(file)))
            .Select(sample => sample.Text)
            .ToList();
        Assert.True(texts.Count > 100, $"Only {texts.Count} labelled texts were read.");

        var compared = 0;
        foreach (var matcher in MatchersOf(lexicon))
        {
            foreach (var text in texts)
            {
                var tokens = new Token[Tokenizer.MaxTokens(text.Length)];
                var count = lexicon.Tokenizer.Tokenize(text, tokens);
                compared += AssertSameAsPlainWalk(matcher, new MatcherTrie(matcher), tokens[..count]);
            }
        }

        Assert.True(compared > 500, $"Only {compared} matches were compared.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Scan_OnRandomTokens_FindsWhatThePlainWalkFinds(int seed)
    {
        var random = new Random(seed);
        var lexicon = LexiconStore.Default("en");
        var compared = 0;
        foreach (var matcher in MatchersOf(lexicon))
        {
            // Ids drawn from the words patterns start with and continue with, so walks go deep.
            var words = Enumerable.Range(0, 4096).Where(id => matcher.RootOf(id) >= 0).ToArray();
            var anyWord = words.Max() + 1;
            for (var sequence = 0; sequence < 200; sequence++)
            {
                var tokens = RandomTokens(random, 300, () => random.Next(3) == 0 ? random.Next(anyWord) : words[random.Next(words.Length)]);
                compared += AssertSameAsPlainWalk(matcher, new MatcherTrie(matcher), tokens);
            }
        }

        Assert.True(compared > 1000, $"Only {compared} matches were compared.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Scan_OfRandomPatterns_FindsWhatTheirOwnTrieFinds(int seed)
    {
        const int Words = 40;
        var random = new Random(seed);
        var scope = new ScopeWord[Words];
        for (var id = 1; id < Words; id += 7)
        {
            scope[id] = ScopeWord.Filler;
        }

        var builder = new MatcherBuilder(Words, new ScopeWords(scope));
        var own = new OwnTrie(scope);
        var rules = Enumerable.Range(0, 6).Select(_ => builder.AddRule(index => Rule(index))).ToArray();
        for (var pattern = 0; pattern < 300; pattern++)
        {
            var length = 1 + random.Next(5);
            var sequence = Enumerable.Range(0, length)
                .Select(k => k > 0 && random.Next(6) == 0 ? MatcherBuilder.Wildcard : 1 + random.Next(Words - 1))
                .ToArray();
            var rule = rules[random.Next(rules.Length)];
            var isException = random.Next(8) == 0;
            builder.Add(rule, sequence, string.Join(' ', sequence), isException);
            own.Add(rule, sequence, isException);
        }

        var matcher = builder.Build();
        var compared = 0;
        for (var sequence = 0; sequence < 300; sequence++)
        {
            var tokens = RandomTokens(random, 1 + random.Next(200), () => random.Next(Words));
            compared += AssertSameAsPlainWalk(matcher, own, tokens);
        }

        Assert.True(compared > 1000, $"Only {compared} matches were compared.");
    }

    private static IEnumerable<Matcher> MatchersOf(CompiledLexicon lexicon) =>
        new[] { lexicon.Observation?.Matcher, lexicon.Message?.Matcher, lexicon.Reply?.Matcher, lexicon.Crisis, lexicon.CoreThoughts }
            .OfType<Matcher>();

    private static CompiledRule Rule(int index) =>
        new($"rule-{index}", default, RuleRole.Finding, "why", "try", null, null, index);

    private static Token[] RandomTokens(Random random, int count, Func<int> nextId)
    {
        var tokens = new Token[count];
        for (var i = 0; i < count; i++)
        {
            var flags = random.Next(9) == 0 ? TokenFlags.BreakBefore : TokenFlags.None;
            tokens[i] = new Token(nextId(), i * 2, 1, flags);
        }

        return tokens;
    }

    // Scans with each block size and compares (pattern, first, last) with the plain walk, in order.
    private static int AssertSameAsPlainWalk(Matcher matcher, IPlainTrie trie, Token[] tokens)
    {
        var expected = PlainWalk(trie, tokens);
        foreach (var block in StartBlocks)
        {
            var list = new MatchList(new RawMatch[4]);
            try
            {
                matcher.Scan(tokens, ref list, new int[block]);
                var found = list.Items.ToArray().Select(m => (m.Pattern, m.First, m.Last)).ToList();
                Assert.Equal(expected, found);
                foreach (var match in list.Items)
                {
                    Assert.Equal(matcher.Patterns[match.Pattern].Rule, match.Rule);
                    Assert.Equal(matcher.Patterns[match.Pattern].IsException, match.IsException);
                }
            }
            finally
            {
                list.Dispose();
            }
        }

        return expected.Count;
    }

    private static List<(int Pattern, int First, int Last)> PlainWalk(IPlainTrie trie, Token[] tokens)
    {
        var found = new List<(int, int, int)>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var node = trie.Root(tokens[i].Id);
            if (node >= 0)
            {
                Step(node, i, i, 0, true);
            }
        }

        return found;

        void Step(int node, int first, int last, int fillers, bool report)
        {
            if (report)
            {
                found.AddRange(trie.Patterns(node).Select(pattern => (pattern, first, last)));
            }

            var next = last + 1;
            if (next >= tokens.Length || tokens[next].Has(TokenFlags.BreakBefore))
            {
                return;
            }

            var id = tokens[next].Id;
            var child = trie.Edge(node, id);
            if (child >= 0)
            {
                Step(child, first, next, fillers, true);
            }

            var wildcard = trie.Wildcard(node);
            if (wildcard >= 0)
            {
                Step(wildcard, first, next, fillers, true);
            }

            if (fillers < Matcher.MaxFillers && id != 0 && trie.HasEdges(node) && trie.IsFiller(id))
            {
                Step(node, first, next, fillers + 1, false);
            }
        }
    }

    private interface IPlainTrie
    {
        int Root(int id);

        int Edge(int node, int id);

        int Wildcard(int node);

        bool HasEdges(int node);

        IEnumerable<int> Patterns(int node);

        bool IsFiller(int id);
    }

    // The matcher's own trie, asked one plain question at a time.
    private sealed class MatcherTrie(Matcher matcher) : IPlainTrie
    {
        public int Root(int id) => matcher.RootOf(id);

        public int Edge(int node, int id) => matcher.EdgeOf(node, id);

        public int Wildcard(int node) => matcher.WildcardOf(node);

        public bool HasEdges(int node) => matcher.HasEdges(node);

        public IEnumerable<int> Patterns(int node) => matcher.PatternsAt(node);

        public bool IsFiller(int id) => matcher.StepsOver(id);
    }

    // A trie of the test's own, from the same patterns: the matcher's tables are not consulted.
    private sealed class OwnTrie(ScopeWord[] scope) : IPlainTrie
    {
        private const int RootNode = 0;
        private readonly Dictionary<(int Node, int Id), int> _edges = [];
        private readonly Dictionary<int, List<int>> _patterns = [];
        private readonly HashSet<(int Node, int Rule, bool Exception)> _seen = [];
        private int _nodes = 1;
        private int _patternCount;

        public void Add(int rule, int[] sequence, bool isException)
        {
            var node = RootNode;
            foreach (var id in sequence)
            {
                if (!_edges.TryGetValue((node, id), out var child))
                {
                    child = _nodes++;
                    _edges[(node, id)] = child;
                }

                node = child;
            }

            // A pattern that ends where one of the same rule and kind ends is not a pattern of its own.
            if (_seen.Add((node, rule, isException)))
            {
                if (!_patterns.TryGetValue(node, out var list))
                {
                    _patterns[node] = list = [];
                }

                list.Add(_patternCount++);
            }
        }

        public int Root(int id) => id == 0 ? -1 : Edge(RootNode, id);

        public int Edge(int node, int id) => id != 0 && _edges.TryGetValue((node, id), out var child) ? child : -1;

        public int Wildcard(int node) => _edges.TryGetValue((node, MatcherBuilder.Wildcard), out var child) ? child : -1;

        public bool HasEdges(int node) => _edges.Keys.Any(edge => edge.Node == node);

        public IEnumerable<int> Patterns(int node) => _patterns.TryGetValue(node, out var list) ? list : [];

        public bool IsFiller(int id) => scope[id] == ScopeWord.Filler;
    }
}
