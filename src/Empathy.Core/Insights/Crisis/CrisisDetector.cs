using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;
using Empathy.Core.Journal;

namespace Empathy.Core.Insights.Crisis;

/// <summary>
/// The default <see cref="ICrisisDetector"/>: the lexicon's crisis rules (phrases such as "want to
/// die" with exceptions for idioms such as "die laughing"), raised to every sink.
/// </summary>
/// <remarks>Thread-safe; the options are read once, at construction. A heuristic over word lists, never a risk assessment.</remarks>
public sealed class CrisisDetector : ICrisisDetector
{
    private static readonly ScanReader<Where, (CrisisSignal? Signal, CrisisMention[] Mentions)> ReadSignal = Read;

    private readonly TextScanner _scanner;
    private readonly CrisisSinks _sinks;
    private readonly ScopeWords _scope;

    /// <summary>Creates a detector.</summary>
    /// <param name="options">Language and word-list changes; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    public CrisisDetector(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
        : this(options, sinks, InsightLexicons.Shared)
    {
    }

    internal CrisisDetector(InsightOptions? options, IEnumerable<ICrisisSignalSink>? sinks, InsightLexicons lexicons)
    {
        options ??= new InsightOptions();
        var lexicon = lexicons.For(options);
        _scanner = new TextScanner(lexicon.Tokenizer, lexicon.Crisis, skipQuoted: false, options.MaxTextCharacters, reportedSpeech: false, RuleRole.Crisis);
        _sinks = new CrisisSinks(sinks);
        _scope = lexicon.Scope;
    }

    /// <inheritdoc />
    public IReadOnlyList<CrisisMention> Mentions(ReadOnlySpan<char> text) =>
        _scanner.Scan(text, new Where(this, InsightSource.Text, null, null), ReadSignal, (null, [])).Mentions;

    /// <inheritdoc />
    public CrisisSignal? Detect(ReadOnlySpan<char> text, InsightSource source = InsightSource.Text)
    {
        var signal = Find(text, source, null, null);
        _sinks.Raise(signal);
        return signal;
    }

    /// <inheritdoc />
    public IReadOnlyList<CrisisSignal> Detect(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        List<CrisisSignal>? signals = null;
        Add(ref signals, Find(entry.WhatHappened.Reveal(), InsightSource.WhatHappened, entry.Id, null));
        for (var i = 0; i < entry.AutomaticThoughts.Count; i++)
        {
            Add(ref signals, Find(entry.AutomaticThoughts[i].Reveal(), InsightSource.AutomaticThought, entry.Id, i));
        }

        for (var i = 0; i < entry.BodySensations.Count; i++)
        {
            Add(ref signals, Find(entry.BodySensations[i].Reveal(), InsightSource.BodySensation, entry.Id, i));
        }

        if (entry.WhatIDid is { } did)
        {
            Add(ref signals, Find(did.Reveal(), InsightSource.WhatIDid, entry.Id, null));
        }

        if (signals is null)
        {
            return [];
        }

        foreach (var signal in signals)
        {
            _sinks.Raise(signal);
        }

        return signals;
    }

    private static void Add(ref List<CrisisSignal>? signals, CrisisSignal? signal)
    {
        if (signal is not null)
        {
            (signals ??= []).Add(signal);
        }
    }

    private CrisisSignal? Find(ReadOnlySpan<char> text, InsightSource source, JournalEntryId? entryId, int? itemIndex) =>
        _scanner.Scan(text, new Where(this, source, entryId, itemIndex), ReadSignal, (null, [])).Signal;

    private static (CrisisSignal? Signal, CrisisMention[] Mentions) Read(in ScanView view, in Where where) =>
        CrisisReading.Read(view, where.Detector._scope, where.Source, where.EntryId, where.ItemIndex);

    /// <summary>Where a text came from, for the signal it may raise.</summary>
    private readonly record struct Where(CrisisDetector Detector, InsightSource Source, JournalEntryId? EntryId, int? ItemIndex);
}
