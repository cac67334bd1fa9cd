using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Observations;

/// <summary>
/// The default <see cref="IObservationCheck"/>: the lexicon's observation rules, one pass over the
/// text's tokens, with quoted (and, by default, reported) speech left alone. Crisis words raise a
/// signal to every sink.
/// </summary>
/// <remarks>
/// Thread-safe; the options are read once, at construction. A heuristic over word lists: it can
/// miss an interpretation phrased in words it does not know, and it can flag a word used literally.
/// </remarks>
public sealed class ObservationCheck : IObservationCheck
{
    private readonly CompiledLexicon _lexicon;
    private readonly ObservationLexicon _rules;
    private readonly CrisisSinks _sinks;
    private readonly bool _reportedSpeechIsQuoted;

    /// <summary>Creates a check.</summary>
    /// <param name="options">Language, word-list changes and settings; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about crisis signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    /// <exception cref="NotSupportedException">The language's lexicon has no observation rules.</exception>
    public ObservationCheck(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
    {
        options ??= new InsightOptions();
        _lexicon = options.CompileLexicon();
        _rules = _lexicon.Observation
            ?? throw new NotSupportedException($"The '{_lexicon.Language}' lexicon has no observation rules.");
        _reportedSpeechIsQuoted = options.TreatReportedSpeechAsQuoted;
        _sinks = new CrisisSinks(sinks);
    }

    /// <inheritdoc />
    public ObservationCheckResult Check(ReadOnlySpan<char> text)
    {
        var matcher = _rules.Matcher;
        var session = new ScanSession(_lexicon.Tokenizer, text, stackalloc Token[Math.Min(text.Length, ScanSession.StackTokens)], stackalloc RawMatch[ScanSession.StackMatches]);
        try
        {
            session.Scan(matcher);
            if (session.Matches.Count == 0)
            {
                return ObservationCheckResult.Objective;
            }

            var matches = session.Matches.Items;
            if (_reportedSpeechIsQuoted)
            {
                MatchResolver.MarkReportedSpeech(matches, session.Tokens, matcher);
            }

            MatchResolver.Resolve(matches, session.Tokens, matcher, skipQuoted: true);
            var findings = FindingBuilder.Findings(matcher, matches, session.Tokens, RuleRole.Finding);
            var crisis = FindingBuilder.Crisis(matcher, matches, session.Tokens, InsightSource.Observation);
            if (findings.Length == 0 && crisis is null)
            {
                return ObservationCheckResult.Objective;
            }

            _sinks.Raise(crisis);
            return new ObservationCheckResult
            {
                Findings = findings,
                RewriteHint = findings.Length == 0 ? null : _rules.CameraTest,
                Crisis = crisis,
            };
        }
        finally
        {
            session.Dispose();
        }
    }
}
