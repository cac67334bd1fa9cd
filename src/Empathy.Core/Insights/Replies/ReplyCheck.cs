using Empathy.Core.Components;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Replies;

/// <summary>
/// The default <see cref="IReplyCheck"/>: the lexicon's dismissive rules and component evidence, in
/// one pass over the reply's tokens.
/// </summary>
/// <remarks>
/// Thread-safe; the options are read once, at construction. A heuristic over word lists: warmth
/// phrased in words it does not know is missed, so an empty result means "nothing recognised", not
/// "no empathy".
/// </remarks>
public sealed class ReplyCheck : IReplyCheck
{
    private readonly CompiledLexicon _lexicon;
    private readonly ReplyLexicon _rules;
    private readonly CrisisSinks _sinks;

    // For a reply that shows nothing and dismisses nothing: one shared result, so it allocates nothing.
    private readonly ReplyCheckResult _empty;

    /// <summary>Creates a check.</summary>
    /// <param name="options">Language and word-list changes; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about crisis signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    /// <exception cref="NotSupportedException">The language's lexicon has no reply rules.</exception>
    public ReplyCheck(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
    {
        _lexicon = (options ?? new InsightOptions()).CompileLexicon();
        _rules = _lexicon.Reply ?? throw new NotSupportedException($"The '{_lexicon.Language}' lexicon has no reply rules.");
        _sinks = new CrisisSinks(sinks);
        _empty = new ReplyCheckResult { Suggestions = Suggest([]) };
    }

    /// <inheritdoc />
    public ReplyCheckResult Check(ReadOnlySpan<char> reply)
    {
        var matcher = _rules.Matcher;
        var session = new ScanSession(_lexicon.Tokenizer, reply, stackalloc Token[Math.Min(reply.Length, ScanSession.StackTokens)], stackalloc RawMatch[ScanSession.StackMatches]);
        try
        {
            session.Scan(matcher);
            if (session.Matches.Count == 0)
            {
                return _empty;
            }

            var matches = session.Matches.Items;
            // A platitude in quotation marks is mentioned, not said ("I won't tell you to 'be strong'").
            MatchResolver.Resolve(matches, session.Tokens, matcher, skipQuoted: true);
            var findings = FindingBuilder.Findings(matcher, matches, session.Tokens, RuleRole.Finding);
            var crisis = FindingBuilder.Crisis(matcher, matches, session.Tokens, InsightSource.Reply);
            var evidenceCount = FindingBuilder.Count(matcher, matches, RuleRole.Component);
            if (findings.Length == 0 && crisis is null && evidenceCount == 0)
            {
                return _empty;
            }

            _sinks.Raise(crisis);
            var evidence = new ComponentEvidence[evidenceCount];
            var i = 0;
            foreach (ref readonly var match in matches)
            {
                var rule = matcher.RuleOf(match);
                if (match.Dropped || rule.Role != RuleRole.Component)
                {
                    continue;
                }

                var start = session.Tokens[match.First].Start;
                evidence[i++] = new ComponentEvidence
                {
                    Component = rule.Component!.Value,
                    RuleId = rule.Id,
                    Phrase = matcher.Patterns[match.Pattern].Phrase,
                    Start = start,
                    Length = session.Tokens[match.Last].End - start,
                };
            }

            return new ReplyCheckResult
            {
                Evidence = evidence,
                Findings = findings,
                Suggestions = Suggest(evidence),
                Crisis = crisis,
            };
        }
        finally
        {
            session.Dispose();
        }
    }

    private string[] Suggest(ComponentEvidence[] evidence) =>
        [.. Enum.GetValues<EmpathyComponent>()
            .Where(c => !evidence.Any(e => e.Component == c))
            .Select(c => _rules.Suggestions[c])];
}
