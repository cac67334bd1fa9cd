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
    private readonly CompiledLexicon _lexicon;
    private readonly CrisisSinks _sinks;

    /// <summary>Creates a detector.</summary>
    /// <param name="options">Language and word-list changes; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    public CrisisDetector(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
    {
        _lexicon = (options ?? new InsightOptions()).CompileLexicon();
        _sinks = new CrisisSinks(sinks);
    }

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

    private CrisisSignal? Find(ReadOnlySpan<char> text, InsightSource source, JournalEntryId? entryId, int? itemIndex)
    {
        var matcher = _lexicon.Crisis;
        var session = new ScanSession(_lexicon.Tokenizer, text, stackalloc Token[Math.Min(text.Length, ScanSession.StackTokens)], stackalloc RawMatch[ScanSession.StackMatches]);
        try
        {
            session.Scan(matcher);
            if (session.Matches.Count == 0)
            {
                return null;
            }

            MatchResolver.Resolve(session.Matches.Items, session.Tokens, matcher, skipQuoted: false);
            return FindingBuilder.Crisis(matcher, session.Matches.Items, session.Tokens, source, entryId, itemIndex);
        }
        finally
        {
            session.Dispose();
        }
    }
}
