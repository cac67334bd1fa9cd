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
    private static readonly ScanReader<ReplyCheck, ReplyCheckResult> ReadResult = Read;

    private readonly TextScanner _scanner;
    private readonly ReplyLexicon _rules;
    private readonly CrisisSinks _sinks;
    private readonly ScopeWords _scope;

    // For a reply that shows nothing and dismisses nothing: one shared result, so it allocates nothing.
    private readonly ReplyCheckResult _empty;

    /// <summary>Creates a check.</summary>
    /// <param name="options">Language and word-list changes; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about crisis signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    /// <exception cref="NotSupportedException">The language's lexicon has no reply rules.</exception>
    public ReplyCheck(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
        : this(options, sinks, InsightLexicons.Shared)
    {
    }

    internal ReplyCheck(InsightOptions? options, IEnumerable<ICrisisSignalSink>? sinks, InsightLexicons lexicons)
    {
        options ??= new InsightOptions();
        var lexicon = lexicons.For(options);
        _rules = lexicon.Reply ?? throw new NotSupportedException($"The '{lexicon.Language}' lexicon has no reply rules.");
        // A platitude in quotation marks is mentioned, not said ("I won't tell you to 'be strong'").
        // An opening interjection's comma is read past: "Oh, me too" opens the reply as "Oh me too" does.
        _scanner = new TextScanner(lexicon.Tokenizer, _rules.Matcher, skipQuoted: true, options.MaxTextCharacters)
        {
            Interjections = _rules.Interjections,
        };
        _sinks = new CrisisSinks(sinks);
        _scope = lexicon.Scope;
        _empty = new ReplyCheckResult { Suggestions = Suggest([]) };
    }

    /// <inheritdoc />
    public ReplyCheckResult Check(ReadOnlySpan<char> reply) => _scanner.Scan(reply, this, ReadResult, _empty);

    private static ReplyCheckResult Read(in ScanView view, in ReplyCheck check)
    {
        var (crisis, mentions) = CrisisReading.Read(view, check._scope, InsightSource.Reply);
        var scope = check._scope;
        var turnsBack = ReplyFrames.LastTurnBack(view, scope);
        var findingCount = 0;
        var ownStory = false;
        foreach (ref readonly var match in view.Matches)
        {
            if (IsFinding(view, match, turnsBack))
            {
                findingCount++;
                ownStory |= view.Rule(match).Kind == InsightRuleKind.SelfFocus;
            }
        }

        var evidenceCount = 0;
        foreach (ref readonly var match in view.Matches)
        {
            evidenceCount += IsEvidence(view, match, turnsBack, scope, ownStory) ? 1 : 0;
        }

        if (findingCount == 0 && mentions.Length == 0 && evidenceCount == 0)
        {
            return check._empty;
        }

        check._sinks.Raise(crisis);
        var evidence = new ComponentEvidence[evidenceCount];
        var findings = new InsightFinding[findingCount];
        int e = 0, f = 0;
        foreach (ref readonly var match in view.Matches)
        {
            if (IsFinding(view, match, turnsBack))
            {
                findings[f++] = view.Finding(match);
            }

            if (!IsEvidence(view, match, turnsBack, scope, ownStory))
            {
                continue;
            }

            var rule = view.Rule(match);
            var (start, length) = view.Span(match);
            evidence[e++] = new ComponentEvidence
            {
                Component = rule.Component!.Value,
                RuleId = rule.Id,
                Phrase = view.Phrase(match),
                Start = start,
                Length = length,
                IsExploring = rule.Kind == InsightRuleKind.Exploring,
            };
        }

        return new ReplyCheckResult
        {
            Evidence = evidence,
            Findings = findings,
            Suggestions = check.Suggest(evidence),
            Crisis = crisis,
            CrisisMentions = mentions,
        };
    }

    // An exploring phrase counts only as a question ("what happened?"), not inside a statement ("I
    // know what happened"), and every rule only where its frame asks; shared experience counts only
    // when the reply turns back to them, else the same words are self-focus ("The same thing happened
    // to me last year."), and a rule framed as shared experience not at all beside a story of one's own.
    private static bool IsEvidence(in ScanView view, in RawMatch match, (int Word, int Evidence) turnsBack, ScopeWords scope, bool ownStory) =>
        view.Stands(match, RuleRole.Component)
        && ReplyFrames.Holds(view, match, scope)
        && !(ownStory && (view.Rule(match).Frame & RuleFrame.SharedExperience) != 0)
        && !ReplyFrames.OverlapsSelfFocus(view, match, turnsBack);

    // Turning to one's own story is not self-focus when the reply turns back to them afterwards
    // ("I've been there too. How are you holding up?"), nor when it closes the reply as an echo of
    // what they said, with no story after it ("Nobody notices me either, me too").
    private static bool IsFinding(in ScanView view, in RawMatch match, (int Word, int Evidence) turnsBack) =>
        view.Stands(match, RuleRole.Finding)
        && (view.Rule(match).Kind != InsightRuleKind.SelfFocus || ReplyFrames.IsOwnStory(view, match, turnsBack));

    private string[] Suggest(ComponentEvidence[] evidence) =>
        [.. Enum.GetValues<EmpathyComponent>()
            .Where(c => !evidence.Any(e => e.Component == c))
            .Select(c => _rules.Suggestions[c])];
}
