using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The words a lexicon being compiled knows, read exactly as the tokenizer reads text: each word's
/// id, the contractions and text-speak that expand into other words ("can't" → can not, "u" → you),
/// and the splitting of a phrase into normalised words. Problems go to the compiler's list.
/// </summary>
internal sealed class LexiconWords(List<string> problems)
{
    /// <summary>The longest word, once normalised, the tokenizer can look up (<see cref="WordChars.Length"/>); a longer one in a lexicon could never match.</summary>
    public const int MaxWordLength = WordChars.Length;

    private readonly List<string> _problems = problems;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _contractionWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _suffixes = new(StringComparer.Ordinal);

    /// <summary>The number of distinct words (ids run from 1 to this number).</summary>
    public int Count => _ids.Count;

    /// <summary>The vocabulary of every word and contraction known so far.</summary>
    public Vocabulary Vocabulary()
    {
        var entries = _ids.ToDictionary(w => w.Key, w => new[] { w.Value }, StringComparer.Ordinal);
        foreach (var (key, words) in _contractionWords)
        {
            entries[key] = [.. words.Select(Id)];
        }

        return new Vocabulary(entries, _ids.Count);
    }

    /// <summary>The contraction endings with their token ids.</summary>
    public ContractionSuffix[] Suffixes() => [.. _suffixes.Select(s => new ContractionSuffix(s.Key, [.. s.Value.Select(Id)]))];

    public void ReadContractions(LexiconContractions contractions)
    {
        foreach (var (key, expansion) in contractions.Words)
        {
            var folded = CharRules.FoldWord(key.Trim());
            var words = expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => CharRules.FoldWord(w)).ToArray();
            if (folded.Length == 0 || words.Length == 0 || words.Length > folded.Length || words.Any(w => w.Any(c => !CharRules.IsWordChar(c))))
            {
                _problems.Add($"Contraction '{key}' → '{expansion}' must expand a word into at most as many plain words as it has letters.");
                continue;
            }

            _contractionWords[folded] = words;
            foreach (var word in words)
            {
                Id(word);
            }
        }

        foreach (var (key, expansion) in contractions.Suffixes)
        {
            var folded = CharRules.FoldWord(key.Trim());
            var words = expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => CharRules.FoldWord(w)).ToArray();
            var valid = folded.Length >= 2
                && (folded[0] == CharRules.Apostrophe || folded.EndsWith("n't", StringComparison.Ordinal))
                && words.Length <= folded.Length - 1;
            if (!valid)
            {
                _problems.Add($"Contraction suffix '{key}' must start with an apostrophe (or be \"n't\") and expand to fewer words than it has characters.");
                continue;
            }

            _suffixes[folded] = words;
            foreach (var word in words)
            {
                Id(word);
            }
        }
    }

    /// <summary>Splits plain text into normalised words exactly as the tokenizer would read it.</summary>
    public string[] Literal(string text, string where)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharRules.IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (CharRules.IsWordChar(text[i]) || (CharRules.IsApostrophe(text[i]) && i + 1 < text.Length && CharRules.IsWordChar(text[i + 1]))))
                {
                    i++;
                }

                var folded = CharRules.FoldWord(text.AsSpan(start, i - start));
                if (folded.Length > MaxWordLength)
                {
                    _problems.Add(TooLong(text, where, folded.Length));
                    return [];
                }

                words.AddRange(Words(folded));
            }
            else if (c == ' ' || (c == '-' && i > 0 && i + 1 < text.Length && CharRules.IsWordChar(text[i - 1]) && CharRules.IsWordChar(text[i + 1])))
            {
                i++;
            }
            else
            {
                _problems.Add($"'{text}' in {where} contains '{c}'; phrases are plain words (punctuation would never match, because rules do not cross it).");
                return [];
            }
        }

        return [.. words];
    }

    /// <summary><paramref name="text"/>, or its first 40 characters and "…": how a message names a host's text, so it stays readable whatever was written.</summary>
    public static string Shown(string text) => text.Length > 40 ? string.Concat(text.AsSpan(0, 40), "…") : text;

    private static string TooLong(string text, string where, int length)
    {
        var shown = Shown(text);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"'{shown}' in {where} has a word of {length} characters; a lexicon word may have at most {MaxWordLength}, because the checks read no longer word of a text as one they know, so it would never match.");
    }

    // The word as the tokenizer expands it: a listed contraction, or a known ending split off.
    private IEnumerable<string> Words(string folded)
    {
        if (_contractionWords.TryGetValue(folded, out var expansion))
        {
            return expansion;
        }

        var at = folded.LastIndexOf(CharRules.Apostrophe);
        if (at < 0)
        {
            return [folded];
        }

        var baseEnd = at >= 2 && folded[at - 1] == 'n' && folded.Length - at == 2 && folded[at + 1] == 't' ? at - 1 : at;
        if (!_suffixes.TryGetValue(folded[baseEnd..], out var suffixWords))
        {
            return [folded];
        }

        var stem = folded[..baseEnd];
        IEnumerable<string> stemWords = _contractionWords.TryGetValue(stem, out var stemExpansion) ? stemExpansion : [stem];
        return [.. stemWords, .. suffixWords];
    }

    /// <summary>The id of a normalised word, given a new one the first time it is seen.</summary>
    public int Id(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            id = _ids.Count + 1;
            _ids[word] = id;
        }

        return id;
    }
}
