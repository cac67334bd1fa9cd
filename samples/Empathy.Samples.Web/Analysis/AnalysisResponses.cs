using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;

namespace Empathy.Samples.Web.Analysis;

/// <summary>One finding: which rule, which words, why, and what to try instead.</summary>
public sealed record FindingResponse(string RuleId, InsightRuleKind Kind, int Start, int Length, string Phrase, string Why, string TryInstead)
{
    internal static IReadOnlyList<FindingResponse> From(IReadOnlyList<InsightFinding> findings) =>
        [.. findings.Select(f => new FindingResponse(f.RuleId, f.Kind, f.Start, f.Length, f.Phrase, f.Why, f.TryInstead))];
}

/// <summary>
/// <c>POST /api/analyze/observation</c>: whether "what happened" reads as a camera's record. Every
/// analysis response carries <c>crisisHelp</c>: the host's help text when the crisis signal was raised, else null.
/// </summary>
public sealed record ObservationResponse(bool IsObjective, IReadOnlyList<FindingResponse> Findings, string? RewriteHint, string? CrisisHelp)
{
    internal static ObservationResponse From(ObservationCheckResult result, CrisisHelp help) =>
        new(result.IsObjective, FindingResponse.From(result.Findings), result.RewriteHint, help.For(result));
}

/// <summary>
/// <c>POST /api/analyze/message</c>: an accusation, and the I-statement to say instead: as one sentence in the
/// language the message was read in (<c>suggestion</c>), and in its parts (<c>statement</c>), for an app that
/// lets the writer fill in the placeholders.
/// </summary>
public sealed record MessageResponse(bool IsAccusation, IReadOnlyList<FindingResponse> Findings, string? Suggestion, StatementResponse? Statement, string? CrisisHelp)
{
    internal static MessageResponse From(MessageCheckResult result, CrisisHelp help) =>
        new(result.IsAccusation, FindingResponse.From(result.Findings), result.Suggestion, StatementResponse.From(result), help.For(result));
}

/// <summary>
/// The parts of a suggested I-statement, in the message's language; <c>fromMessage</c> names those taken from the
/// message (the others are bracketed placeholders). Parts, not a sentence: the library's sentence frame
/// ("When …, I feel …") is English, and would wrap the parts of a Spanish message in English words.
/// </summary>
public sealed record StatementResponse(string Observation, string Feeling, string? Need, string? Request, IReadOnlyList<StatementPart> FromMessage)
{
    internal static StatementResponse? From(MessageCheckResult result) =>
        result.Statement is { } statement
            ? new(statement.Observation, statement.Feeling, statement.Need, statement.Request, result.ExtractedParts)
            : null;
}

/// <summary>Where a reply shows one empathy component.</summary>
public sealed record EvidenceResponse(Empathy.Core.Components.EmpathyComponent Component, string RuleId, string Phrase, int Start, int Length);

/// <summary><c>POST /api/analyze/reply</c>: which components a reply shows, what dismisses, and what it may have missed.</summary>
public sealed record ReplyResponse(
    IReadOnlyList<Empathy.Core.Components.EmpathyComponent> Components,
    IReadOnlyList<Empathy.Core.Components.EmpathyComponent> Missing,
    IReadOnlyList<EvidenceResponse> Evidence,
    IReadOnlyList<FindingResponse> Findings,
    IReadOnlyList<string> Suggestions,
    string? CrisisHelp)
{
    internal static ReplyResponse From(ReplyCheckResult result, CrisisHelp help) => new(
        result.Components,
        [.. Enum.GetValues<Empathy.Core.Components.EmpathyComponent>().Except(result.Components)],
        [.. result.Evidence.Select(e => new EvidenceResponse(e.Component, e.RuleId, e.Phrase, e.Start, e.Length))],
        FindingResponse.From(result.Findings),
        result.Suggestions,
        help.For(result));
}
