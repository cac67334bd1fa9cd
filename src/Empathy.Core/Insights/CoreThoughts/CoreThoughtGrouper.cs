using Empathy.Core.Critic;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;
using Empathy.Core.Journal;

namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>
/// The default <see cref="ICoreThoughtGrouper"/>: one pass over every automatic thought with the
/// lexicon's theme rules (and crisis rules), keeping running counts per theme and per week.
/// </summary>
/// <remarks>
/// Thread-safe; the options are read once, at construction. Linear in time and memory: each thought
/// is read once, and what is kept per theme is bounded by the number of weeks and the example limit.
/// </remarks>
public sealed class CoreThoughtGrouper : ICoreThoughtGrouper
{
    private const int CancellationCheckEvery = 1024;

    private static readonly ScanReader<Thought, bool> ReadThought = Read;

    private readonly TextScanner _scanner;
    private readonly Matcher _matcher;
    private readonly CrisisSinks _sinks;
    private readonly ScopeWords _scope;
    private readonly int _maxExamples;
    private readonly int _minimumThoughts;
    private readonly DayOfWeek _firstDay;
    private readonly IReadOnlyDictionary<string, string[]> _secondToFirstPerson;

    /// <summary>Creates a grouper.</summary>
    /// <param name="options">Language, word-list changes, example limit and first day of the week; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about crisis signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    /// <exception cref="NotSupportedException">The language's lexicon has no core-thought themes.</exception>
    public CoreThoughtGrouper(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
        : this(options, sinks, InsightLexicons.Shared)
    {
    }

    internal CoreThoughtGrouper(InsightOptions? options, IEnumerable<ICrisisSignalSink>? sinks, InsightLexicons lexicons)
    {
        options ??= new InsightOptions();
        var lexicon = lexicons.For(options);
        _matcher = lexicon.CoreThoughts ?? throw new NotSupportedException($"The '{lexicon.Language}' lexicon has no core-thought themes.");
        _scanner = new TextScanner(lexicon.Tokenizer, _matcher, skipQuoted: false, options.MaxTextCharacters);
        _sinks = new CrisisSinks(sinks);
        _scope = lexicon.Scope;
        _maxExamples = options.MaxExamplesPerTheme;
        _minimumThoughts = options.MinimumThoughtsPerTheme;
        _firstDay = options.FirstDayOfWeek;
        _secondToFirstPerson = lexicon.SecondToFirstPerson;
    }

    /// <inheritdoc />
    public CoreThoughtReport Group(IEnumerable<JournalEntry> entries, IEnumerable<InnerCritic>? critics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var criticList = critics is null ? [] : critics.ToArray();
        if (criticList.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(critics), "The critics must not contain null.");
        }

        var themes = new ThemeTally?[_matcher.Rules.Length];
        var voices = new VoiceTally[criticList.Length];
        var phraseForms = new CriticPhraseForms[criticList.Length];
        for (var c = 0; c < voices.Length; c++)
        {
            voices[c] = new VoiceTally(criticList[c].Name);
            phraseForms[c] = new CriticPhraseForms(criticList[c], _secondToFirstPerson);
        }

        var signals = new List<CrisisSignal>();
        var entriesRead = 0;
        var thoughtsRead = 0;
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                throw new ArgumentNullException(nameof(entries), $"Entry {entriesRead} is null.");
            }

            if (entriesRead % CancellationCheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var week = WeekStart(entry.FeltAt);
            for (var t = 0; t < entry.AutomaticThoughts.Count; t++)
            {
                thoughtsRead++;
                var thought = entry.AutomaticThoughts[t].Reveal();
                var attributed = Attribute(thought, entry.Id, t, phraseForms, voices);
                _scanner.Scan(thought, new Thought(this, entry, t, entriesRead, week, attributed, themes, signals), ReadThought, false);
            }

            entriesRead++;
        }

        return new CoreThoughtReport
        {
            EntriesRead = entriesRead,
            ThoughtsRead = thoughtsRead,
            Themes = [.. themes
                .Where(s => s is not null && s.ThoughtCount >= _minimumThoughts)
                .Select(s => s!)
                .OrderByDescending(s => s.ThoughtCount)
                .ThenBy(s => s.Rule.Index)
                .Select(s => s.ToTheme())],
            CriticVoices = [.. voices.Where(v => v.ThoughtCount > 0).OrderByDescending(v => v.ThoughtCount).Select(v => v.ToVoice())],
            CrisisSignals = signals,
        };
    }

    private static bool Read(in ScanView view, in Thought thought)
    {
        foreach (ref readonly var match in view.Matches)
        {
            if (!view.Stands(match, RuleRole.Theme))
            {
                continue;
            }

            var rule = view.Rule(match);
            var tally = thought.Themes[rule.Index] ??= new ThemeTally(rule, thought.Grouper._maxExamples);
            var (start, length) = view.Span(match);
            tally.Add(thought.Entry, thought.Index, thought.EntryOrdinal, thought.Week, thought.Attributed, view.Phrase(match), start, length);
        }

        var (signal, _) = CrisisReading.Read(view, thought.Grouper._scope, InsightSource.AutomaticThought, thought.Entry.Id, thought.Index);
        if (signal is not null)
        {
            thought.Signals.Add(signal);
            thought.Grouper._sinks.Raise(signal);
        }

        return true;
    }

    /// <summary>One automatic thought being read, and the tallies it adds to.</summary>
    private readonly record struct Thought(
        CoreThoughtGrouper Grouper,
        JournalEntry Entry,
        int Index,
        int EntryOrdinal,
        DateOnly Week,
        bool Attributed,
        ThemeTally?[] Themes,
        List<CrisisSignal> Signals);

    private bool Attribute(string thought, JournalEntryId entryId, int thoughtIndex, CriticPhraseForms[] critics, VoiceTally[] voices)
    {
        var any = false;
        for (var c = 0; c < critics.Length; c++)
        {
            if (critics[c].Find(thought) is { } attribution)
            {
                voices[c].Add(new CriticVoiceExample(entryId, thoughtIndex, attribution), _maxExamples);
                any = true;
            }
        }

        return any;
    }

    private DateOnly WeekStart(DateTimeOffset feltAt)
    {
        var day = DateOnly.FromDateTime(feltAt.DateTime);
        var back = ((int)day.DayOfWeek - (int)_firstDay + 7) % 7;
        return day.AddDays(-back);
    }

    private sealed class ThemeTally(CompiledRule rule, int maxExamples)
    {
        private readonly Dictionary<DateOnly, int> _weeks = [];
        private readonly List<CoreThoughtExample> _examples = [];
        private int _lastEntry = -1;
        private (int Entry, int Thought) _lastThought = (-1, -1);
        private int _entryCount;
        private int _criticThoughts;
        private DateTimeOffset _first = DateTimeOffset.MaxValue;
        private DateTimeOffset _last = DateTimeOffset.MinValue;

        public CompiledRule Rule { get; } = rule;

        public int ThoughtCount { get; private set; }

        public void Add(JournalEntry entry, int thoughtIndex, int entryOrdinal, DateOnly week, bool attributed, string phrase, int start, int length)
        {
            if (_lastThought == (entryOrdinal, thoughtIndex))
            {
                return; // a thought counts once per theme, however many of its phrases match
            }

            _lastThought = (entryOrdinal, thoughtIndex);
            ThoughtCount++;
            if (_lastEntry != entryOrdinal)
            {
                _lastEntry = entryOrdinal;
                _entryCount++;
            }

            if (attributed)
            {
                _criticThoughts++;
            }

            _first = entry.FeltAt < _first ? entry.FeltAt : _first;
            _last = entry.FeltAt > _last ? entry.FeltAt : _last;
            _weeks[week] = _weeks.GetValueOrDefault(week) + 1;
            if (_examples.Count < maxExamples)
            {
                _examples.Add(new CoreThoughtExample(entry.Id, thoughtIndex, phrase, start, length));
            }
        }

        public CoreThoughtTheme ToTheme() => new()
        {
            ThemeId = Rule.Id,
            Label = Rule.Label ?? Rule.Id,
            Description = Rule.Why,
            TryInstead = Rule.TryInstead,
            ThoughtCount = ThoughtCount,
            EntryCount = _entryCount,
            FirstSeen = _first,
            LastSeen = _last,
            CriticThoughtCount = _criticThoughts,
            Weeks = [.. _weeks.OrderBy(w => w.Key).Select(w => new WeekCount(w.Key, w.Value))],
            Examples = _examples,
        };
    }

    private sealed class VoiceTally(string name)
    {
        private readonly List<CriticVoiceExample> _examples = [];

        public int ThoughtCount { get; private set; }

        public void Add(CriticVoiceExample example, int maxExamples)
        {
            ThoughtCount++;
            if (_examples.Count < maxExamples)
            {
                _examples.Add(example);
            }
        }

        public CriticVoice ToVoice() => new() { CriticName = name, ThoughtCount = ThoughtCount, Examples = _examples };
    }
}
