using Empathy.Core.Components;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// Turns a <see cref="LexiconDocument"/> into a <see cref="CompiledLexicon"/>: expands word classes
/// and wildcards, normalises every phrase exactly as the tokenizer normalises text, gives each word
/// an id and builds one matcher per check. Every problem is collected, so one run lists them all.
/// </summary>
internal sealed class LexiconCompiler
{
    /// <summary>A guard against a phrase whose classes multiply into an unreasonable number of patterns.</summary>
    private const int MaxExpansionsPerPhrase = 20_000;

    private readonly LexiconDocument _document;
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _contractionWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _suffixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ruleIds = new(StringComparer.Ordinal);
    private readonly List<int> _restStops = [];

    private LexiconCompiler(LexiconDocument document) => _document = document;

    /// <summary>Compiles a lexicon.</summary>
    /// <exception cref="LexiconException">The lexicon has problems; the exception lists them.</exception>
    public static CompiledLexicon Compile(LexiconDocument document)
    {
        var compiler = new LexiconCompiler(document);
        var lexicon = compiler.Run();
        return compiler._problems.Count == 0 ? lexicon : throw new LexiconException(compiler._problems);
    }

    /// <summary>Lists the problems of a lexicon, or nothing when it compiles.</summary>
    public static IReadOnlyList<string> Check(LexiconDocument document)
    {
        var compiler = new LexiconCompiler(document);
        compiler.Run();
        return compiler._problems;
    }

    private CompiledLexicon Run()
    {
        var language = _document.Language;
        ReadContractions();
        ReadClasses();

        var crisis = Section(LexiconSection.Crisis);
        var scope = ScopeRules(crisis);
        var observation = _document.Observation is { } o ? ObservationRules(o) : null;
        var message = _document.Message is { } m ? MessageRules(m) : null;
        var reply = _document.Reply is { } r ? ReplyRules(r) : null;
        var themes = _document.CoreThoughts is not null ? Section(LexiconSection.CoreThoughts) : null;

        // Every word has its id now; build the vocabulary and the matchers.
        var entries = _ids.ToDictionary(w => w.Key, w => new[] { w.Value }, StringComparer.Ordinal);
        foreach (var (key, words) in _contractionWords)
        {
            entries[key] = [.. words.Select(Id)];
        }

        var vocabulary = new Vocabulary(entries, _ids.Count);
        var scopeWords = new ScopeWord[_ids.Count + 1];
        foreach (var (id, kind) in scope)
        {
            scopeWords[id] = kind;
        }

        var suffixes = _suffixes.Select(s => new ContractionSuffix(s.Key, [.. s.Value.Select(Id)])).ToArray();
        var wordCount = _ids.Count;

        ObservationLexicon? observationLexicon = null;
        if (observation is not null)
        {
            observationLexicon = new ObservationLexicon(Build(wordCount, observation, crisis), _document.Observation!.CameraTest);
        }

        MessageLexicon? messageLexicon = null;
        if (message is not null)
        {
            var statement = _document.Message!.IStatement;
            var restStop = new bool[wordCount + 1];
            foreach (var id in _restStops)
            {
                restStop[id] = true;
            }

            messageLexicon = new MessageLexicon(Build(wordCount, message, crisis), statement, restStop, [.. statement.PastSuffixes.Select(s => CharRules.FoldWord(s))]);
        }

        ReplyLexicon? replyLexicon = null;
        if (reply is not null)
        {
            var suggestions = new Dictionary<EmpathyComponent, string>();
            foreach (var (name, text) in _document.Reply!.Suggestions)
            {
                if (Enum.TryParse<EmpathyComponent>(name, ignoreCase: false, out var component) && Enum.IsDefined(component))
                {
                    suggestions[component] = text;
                }
                else
                {
                    _problems.Add($"Reply suggestion key '{name}' is not a component; use one of {string.Join(", ", Enum.GetNames<EmpathyComponent>())}.");
                }
            }

            foreach (var component in Enum.GetValues<EmpathyComponent>().Where(c => !suggestions.ContainsKey(c)))
            {
                _problems.Add($"The reply section has no suggestion for the {component} component.");
            }

            replyLexicon = new ReplyLexicon(Build(wordCount, reply, crisis), suggestions);
        }

        return new CompiledLexicon
        {
            Language = language,
            Tokenizer = new Tokenizer(vocabulary, suffixes),
            Observation = observationLexicon,
            Message = messageLexicon,
            Reply = replyLexicon,
            CoreThoughts = themes is null ? null : Build(wordCount, themes, crisis),
            Crisis = Build(wordCount, crisis),
            Scope = new ScopeWords(scopeWords),
        };
    }

    // The scope section: its time phrases join the crisis rules (so every check finds them in the same
    // pass); its single words are returned by id.
    private List<(int Id, ScopeWord Kind)> ScopeRules(List<PendingRule> crisis)
    {
        var words = new List<(int, ScopeWord)>();
        if (_document.Scope is not { } scope)
        {
            return words;
        }

        crisis.Add(Pending(new LexiconRule { Id = "crisis.scope-past", Kind = InsightRuleKind.Crisis, Phrases = scope.Past }, RuleRole.PastMarker));
        foreach (var (list, kind) in new[] { (scope.Negations, ScopeWord.Negation), (scope.FirstPerson, ScopeWord.FirstPerson), (scope.SecondPerson, ScopeWord.SecondPerson), (scope.ThirdPerson, ScopeWord.ThirdPerson) })
        {
            foreach (var entry in list)
            {
                var parts = Literal(entry, "scope words");
                if (parts.Length != 1)
                {
                    _problems.Add($"Scope word '{entry}' must be a single word.");
                    continue;
                }

                words.Add((Id(parts[0]), kind));
            }
        }

        return words;
    }

    private List<PendingRule> ObservationRules(LexiconObservationSection section)
    {
        var rules = Section(LexiconSection.Observation);
        rules.Add(Pending(
            new LexiconRule { Id = "observation.reported-speech", Kind = InsightRuleKind.MindReading, Phrases = section.ReportedSpeech },
            RuleRole.ReportedSpeech));
        rules.Add(Pending(
            new LexiconRule { Id = "observation.reported-speech-stop", Kind = InsightRuleKind.MindReading, Phrases = section.ReportedSpeechStops },
            RuleRole.SpeechStop));
        return rules;
    }

    private List<PendingRule> MessageRules(LexiconMessageSection section)
    {
        var rules = Section(LexiconSection.Message);
        var statement = section.IStatement;
        if (!statement.Template.Contains("{observation}", StringComparison.Ordinal))
        {
            _problems.Add("The message I-statement template must contain {observation}.");
        }

        foreach (var stop in statement.RestStops)
        {
            var words = Literal(stop, "message rest stop");
            if (words.Length != 1)
            {
                _problems.Add($"Message rest stop '{stop}' must be a single word.");
                continue;
            }

            _restStops.Add(Id(words[0]));
        }

        for (var i = 0; i < statement.Markers.Length; i++)
        {
            var marker = statement.Markers[i];
            var rule = new LexiconRule { Id = $"message.statement-marker-{i}", Kind = InsightRuleKind.BlameCause, Phrases = [marker.Phrase] };
            rules.Add(Pending(rule, RuleRole.StatementMarker, markerIndex: i));
        }

        return rules;
    }

    private List<PendingRule> ReplyRules(LexiconReplySection section)
    {
        var rules = Section(LexiconSection.Reply);
        foreach (var component in section.Components)
        {
            if (component.Component is not { } c || !Enum.IsDefined(c))
            {
                _problems.Add($"Reply component rule '{component.Id}' must name its component ({string.Join(", ", Enum.GetNames<EmpathyComponent>())}).");
            }

            rules.AddRange(Section(LexiconSection.ReplyComponents, [component]));
        }

        return rules;
    }

    // The rules of a section (or the given ones of it), each checked against what the section takes.
    private List<PendingRule> Section(LexiconSection section, IEnumerable<LexiconRule>? rules = null)
    {
        var role = section.Role;
        var list = new List<PendingRule>();
        foreach (var rule in rules ?? section.Get(_document) ?? [])
        {
            if (!section.Owns(rule.Id))
            {
                _problems.Add($"Rule id '{rule.Id}' must start with '{section.Prefix}' in this section.");
            }

            if (string.IsNullOrWhiteSpace(rule.Why) || string.IsNullOrWhiteSpace(rule.TryInstead))
            {
                _problems.Add($"Rule '{rule.Id}' needs both 'why' and 'tryInstead' texts.");
            }

            if (!Enum.IsDefined(rule.Kind))
            {
                _problems.Add($"Rule '{rule.Id}' has an unknown kind.");
            }

            if (role == RuleRole.Theme && string.IsNullOrWhiteSpace(rule.Label))
            {
                _problems.Add($"Theme '{rule.Id}' needs a label (the thought as the writer might say it).");
            }

            list.Add(Pending(rule, role));
        }

        return list;
    }

    private PendingRule Pending(LexiconRule rule, RuleRole role, int markerIndex = -1)
    {
        if (!_ruleIds.Add(rule.Id))
        {
            _problems.Add($"Rule id '{rule.Id}' is used twice.");
        }

        if (rule.Phrases.Length == 0 && role is not RuleRole.SpeechStop and not RuleRole.ReportedSpeech and not RuleRole.PastMarker)
        {
            _problems.Add($"Rule '{rule.Id}' has no phrases.");
        }

        var sequences = new List<(int[] Ids, string Phrase, bool Exception)>();
        foreach (var phrase in rule.Phrases)
        {
            Expand(phrase, rule.Id, exception: false, sequences);
        }

        foreach (var phrase in rule.Except)
        {
            Expand(phrase, rule.Id, exception: true, sequences);
        }

        return new PendingRule(rule, role, markerIndex, sequences);
    }

    private static Matcher Build(int wordCount, params List<PendingRule>[] groups)
    {
        var builder = new MatcherBuilder(wordCount);
        foreach (var group in groups)
        {
            foreach (var pending in group)
            {
                var rule = pending.Rule;
                var index = builder.AddRule(i => new CompiledRule(rule.Id, rule.Kind, pending.Role, rule.Why, rule.TryInstead, rule.Label, rule.Component, i, pending.MarkerIndex));
                foreach (var (ids, phrase, exception) in pending.Sequences)
                {
                    builder.Add(index, ids, phrase, exception);
                }
            }
        }

        return builder.Build();
    }

    private void ReadContractions()
    {
        foreach (var (key, expansion) in _document.Contractions.Words)
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

        foreach (var (key, expansion) in _document.Contractions.Suffixes)
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

    private void ReadClasses()
    {
        foreach (var (name, entries) in _document.Classes)
        {
            var list = new List<string[]>();
            foreach (var entry in entries)
            {
                var words = Literal(entry, $"word class '{name}'");
                if (words.Length > 0)
                {
                    list.Add(words);
                }
            }

            if (list.Count == 0)
            {
                _problems.Add($"Word class '{name}' has no entries.");
            }

            _classes[name] = list;
        }
    }

    private void Expand(string phrase, string ruleId, bool exception, List<(int[] Ids, string Phrase, bool Exception)> sequences)
    {
        var where = $"phrase '{phrase}' of rule '{ruleId}'";
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            _problems.Add($"A phrase of rule '{ruleId}' is empty.");
            return;
        }

        // Each partial expansion: the words so far (null = wildcard).
        var partial = new List<List<string?>> { new() };
        foreach (var part in parts)
        {
            if (part == "*")
            {
                // "*" is "any one word or none": keep each sequence as it is, and add one with a wildcard.
                partial = [.. partial.SelectMany(s => new[] { s, [.. s, null] })];
            }
            else if (part.StartsWith('{') && part.EndsWith('}'))
            {
                var name = part[1..^1];
                if (!_classes.TryGetValue(name, out var entries))
                {
                    _problems.Add($"The {where} uses the word class '{name}', which the lexicon does not define.");
                    return;
                }

                partial = [.. partial.SelectMany(s => entries.Select(e => new List<string?>([.. s, .. e])))];
            }
            else
            {
                var words = Literal(part, where);
                if (words.Length == 0)
                {
                    return;
                }

                foreach (var sequence in partial)
                {
                    sequence.AddRange(words);
                }
            }

            if (partial.Count > MaxExpansionsPerPhrase)
            {
                _problems.Add($"The {where} expands into more than {MaxExpansionsPerPhrase} patterns; split it.");
                return;
            }
        }

        foreach (var sequence in partial)
        {
            if (sequence.Count == 0 || sequence[0] is null)
            {
                _problems.Add($"The {where} must start with a word, not '*'.");
                return;
            }

            var ids = sequence.Select(w => w is null ? MatcherBuilder.Wildcard : Id(w)).ToArray();
            sequences.Add((ids, string.Join(' ', sequence.Select(w => w ?? "*")), exception));
        }
    }

    /// <summary>Splits plain text into normalised words exactly as the tokenizer would read it.</summary>
    private string[] Literal(string text, string where)
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

                words.AddRange(Words(CharRules.FoldWord(text.AsSpan(start, i - start))));
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

    private int Id(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            id = _ids.Count + 1;
            _ids[word] = id;
        }

        return id;
    }

    private sealed record PendingRule(LexiconRule Rule, RuleRole Role, int MarkerIndex, List<(int[] Ids, string Phrase, bool Exception)> Sequences);
}
