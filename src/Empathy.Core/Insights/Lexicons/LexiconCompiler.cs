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
    private readonly LexiconWords _words;
    private readonly Dictionary<string, List<string[]>> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ruleIds = new(StringComparer.Ordinal);
    private readonly List<int> _restStops = [];

    private LexiconCompiler(LexiconDocument document)
    {
        _document = document;
        _words = new LexiconWords(_problems);
    }

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
        _words.ReadContractions(_document.Contractions);
        ReadClasses();

        var crisis = Section(LexiconSection.Crisis);
        var scope = ScopeRules(crisis);
        var observation = _document.Observation is { } o ? ObservationRules(o) : null;
        var message = _document.Message is { } m ? MessageRules(m) : null;
        var reply = _document.Reply is { } r ? ReplyRules(r) : null;
        var interjections = _document.Reply?.Interjections is { } interjectionClass ? InterjectionIds(interjectionClass) : [];
        var themes = _document.CoreThoughts is not null ? Section(LexiconSection.CoreThoughts) : null;

        // Every word has its id now; build the vocabulary and the matchers.
        var vocabulary = _words.Vocabulary();
        var scopeWords = new ScopeWord[_words.Count + 1];
        foreach (var (id, kind) in scope)
        {
            scopeWords[id] = kind;
        }

        var scopeTable = new ScopeWords(scopeWords);

        var suffixes = _words.Suffixes();
        var wordCount = _words.Count;

        ObservationLexicon? observationLexicon = null;
        if (observation is not null)
        {
            observationLexicon = new ObservationLexicon(Build(wordCount, scopeTable, observation, crisis), _document.Observation!.CameraTest);
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

            messageLexicon = new MessageLexicon(Build(wordCount, scopeTable, message, crisis), statement, restStop, [.. statement.PastSuffixes.Select(s => CharRules.FoldWord(s))]);
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

            replyLexicon = new ReplyLexicon(Build(wordCount, scopeTable, reply, crisis), suggestions, new LeadingInterjections(interjections));
        }

        return new CompiledLexicon
        {
            Language = language,
            Tokenizer = new Tokenizer(vocabulary, suffixes),
            Observation = observationLexicon,
            Message = messageLexicon,
            Reply = replyLexicon,
            CoreThoughts = themes is null ? null : Build(wordCount, scopeTable, themes, crisis),
            Crisis = Build(wordCount, scopeTable, crisis),
            Scope = scopeTable,
            SecondToFirstPerson = PersonMirror(),
        };
    }

    // The scope section's second-to-first-person forms, keys and forms lower case; a key is one word or two.
    private Dictionary<string, string[]> PersonMirror()
    {
        var mirror = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, forms) in _document.Scope?.SecondToFirstPerson ?? [])
        {
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 1 or > 2 || forms is not { Length: > 0 } || forms.Any(string.IsNullOrWhiteSpace))
            {
                _problems.Add($"Second-to-first-person entry '{key}' must be one word or two, with at least one form, none blank.");
                continue;
            }

            mirror[string.Join(' ', words).ToLowerInvariant()] = [.. forms.Select(f => f.Trim().ToLowerInvariant())];
        }

        return mirror;
    }

    // The scope section: its time phrases join the crisis rules (so every check finds them in the same
    // pass); its single words (negations, persons, fillers, lifters) are returned by id.
    private List<(int Id, ScopeWord Kind)> ScopeRules(List<PendingRule> crisis)
    {
        var words = new List<(int, ScopeWord)>();
        if (_document.Scope is not { } scope)
        {
            return words;
        }

        crisis.Add(Pending(new LexiconRule { Id = "crisis.scope-past", Kind = InsightRuleKind.Crisis, Phrases = scope.Past }, RuleRole.PastMarker));
        crisis.Add(Pending(new LexiconRule { Id = "crisis.scope-present", Kind = InsightRuleKind.Crisis, Phrases = scope.Present }, RuleRole.PresentMarker));
        (string[] List, ScopeWord Kind)[] lists =
        [
            (scope.Negations, ScopeWord.Negation), (scope.FirstPerson, ScopeWord.FirstPerson), (scope.SecondPerson, ScopeWord.SecondPerson),
            (scope.ThirdPerson, ScopeWord.ThirdPerson), (scope.Fillers, ScopeWord.Filler), (scope.NegationLifters, ScopeWord.NegationLifter),
            (scope.ClauseBreaks, ScopeWord.ClauseBreak), (scope.FirstPersonVerbs, ScopeWord.FirstPersonVerb), (scope.ThirdPersonVerbs, ScopeWord.ThirdPersonVerb),
            (scope.Privatives, ScopeWord.Privative),
        ];
        foreach (var (list, kind) in lists)
        {
            foreach (var entry in list)
            {
                var parts = _words.Literal(entry, "scope words");
                if (parts.Length != 1)
                {
                    _problems.Add($"Scope word '{entry}' must be a single word.");
                    continue;
                }

                words.Add((_words.Id(parts[0]), kind));
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
            var words = _words.Literal(stop, "message rest stop");
            if (words.Length != 1)
            {
                _problems.Add($"Message rest stop '{stop}' must be a single word.");
                continue;
            }

            _restStops.Add(_words.Id(words[0]));
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

            if (rule.Frames.Length > 0 && (role != RuleRole.Component || rule.Frames.Any(f => f == RuleFrame.None || !Enum.IsDefined(f))))
            {
                _problems.Add($"Rule '{rule.Id}' may name frames only as reply component evidence, each one of {string.Join(", ", Enum.GetNames<RuleFrame>().Skip(1))}.");
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

        if (rule.Phrases.Length == 0 && role is not RuleRole.SpeechStop and not RuleRole.ReportedSpeech and not RuleRole.PastMarker and not RuleRole.PresentMarker)
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

    private static Matcher Build(int wordCount, ScopeWords words, params List<PendingRule>[] groups)
    {
        var builder = new MatcherBuilder(wordCount, words);
        foreach (var group in groups)
        {
            foreach (var pending in group)
            {
                var rule = pending.Rule;
                var frame = rule.Frames.Aggregate(RuleFrame.None, (all, f) => all | f);
                var index = builder.AddRule(i => new CompiledRule(rule.Id, rule.Kind, pending.Role, rule.Why, rule.TryInstead, rule.Label, rule.Component, i, pending.MarkerIndex, rule.NeedsSubject, frame));
                foreach (var (ids, phrase, exception) in pending.Sequences)
                {
                    builder.Add(index, ids, phrase, exception);
                }
            }
        }

        return builder.Build();
    }

    // The reply's interjections: the named word class, each entry as its words' ids (read before the
    // vocabulary is built, so every word of them has an id).
    private List<int[]> InterjectionIds(string name)
    {
        if (!_classes.TryGetValue(name, out var entries))
        {
            _problems.Add($"The reply section's interjections name the word class '{name}', which the lexicon does not define.");
            return [];
        }

        return [.. entries.Select(words => words.Select(_words.Id).ToArray())];
    }

    private void ReadClasses()
    {
        foreach (var (name, entries) in _document.Classes)
        {
            var list = new List<string[]>();
            foreach (var entry in entries)
            {
                var words = _words.Literal(entry, $"word class '{name}'");
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
        var where = $"phrase '{LexiconWords.Shown(phrase)}' of rule '{ruleId}'";
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
            else if (part.Length > 1 && part.EndsWith('~'))
            {
                // "kill~": the word or any of its listed forms.
                var lemma = part[..^1];
                if (!_document.Inflections.TryGetValue(lemma, out var forms))
                {
                    _problems.Add($"The {where} asks for the forms of '{lemma}', which the lexicon's inflections do not list.");
                    return;
                }

                var entries = forms.Prepend(lemma).Select(f => _words.Literal(f, $"the inflections of '{lemma}'")).Where(w => w.Length > 0).ToList();
                partial = [.. partial.SelectMany(s => entries.Select(e => new List<string?>([.. s, .. e])))];
            }
            else
            {
                var words = _words.Literal(part, where);
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

            var ids = sequence.Select(w => w is null ? MatcherBuilder.Wildcard : _words.Id(w)).ToArray();
            sequences.Add((ids, string.Join(' ', sequence.Select(w => w ?? "*")), exception));
        }
    }

    private sealed record PendingRule(LexiconRule Rule, RuleRole Role, int MarkerIndex, List<(int[] Ids, string Phrase, bool Exception)> Sequences);
}
