using System.Text.Json.Serialization;
using Empathy.Core.Components;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Replies;

namespace Empathy.Samples.Console.Json;

/// <summary>One finding in an analysis line: the rule, the span of text, why it matters and what to try instead.</summary>
/// <param name="Rule">The id of the rule that fired.</param>
/// <param name="Kind">What kind of rule it is (MindReading, Absolute, Platitude, ...).</param>
/// <param name="Start">Where the phrase starts in the text (a character index).</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Phrase">The words that matched.</param>
/// <param name="Why">Why it matters.</param>
/// <param name="TryInstead">What to try instead.</param>
internal sealed record FindingLine(string Rule, InsightRuleKind Kind, int Start, int Length, string Phrase, string Why, string TryInstead)
{
    /// <summary>The line form of a library finding.</summary>
    /// <param name="finding">The finding.</param>
    public static FindingLine From(InsightFinding finding) =>
        new(finding.RuleId, finding.Kind, finding.Start, finding.Length, finding.Phrase, finding.Why, finding.TryInstead);
}

/// <summary>
/// One piece of empathy evidence in a reply line: the component it shows, whether it is an exploring
/// move (an open question about the other's experience), the rule that recognised it and its words.
/// </summary>
/// <param name="Component">The component shown (Cognitive, Affective or Concern).</param>
/// <param name="Exploring">Whether the words are an exploring move (always Concern evidence).</param>
/// <param name="Rule">The id of the rule that recognised them, such as <c>reply.affective</c>.</param>
/// <param name="Start">Where the words start in the text (a character index).</param>
/// <param name="Length">How many characters they cover.</param>
/// <param name="Phrase">The lexicon's phrase that matched (the words as the library normalised them).</param>
internal sealed record EvidenceLine(EmpathyComponent Component, bool Exploring, string Rule, int Start, int Length, string Phrase)
{
    /// <summary>The line form of a piece of library evidence.</summary>
    /// <param name="evidence">The evidence.</param>
    public static EvidenceLine From(ComponentEvidence evidence) =>
        new(evidence.Component, evidence.IsExploring, evidence.RuleId, evidence.Start, evidence.Length, evidence.Phrase);
}

/// <summary>
/// One crisis phrase in an analysis line, with its scope: the phrase and its span, the sentence it
/// stands in (as written), who it is about, whether it is negated, when, the words that set that scope,
/// and whether it raised the crisis flag (only current, non-negated phrases about the writer do).
/// </summary>
/// <param name="Rule">The id of the crisis rule that fired.</param>
/// <param name="Phrase">The lexicon's phrase that matched.</param>
/// <param name="Start">Where the phrase starts in the text.</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Sentence">The phrase's sentence, as written.</param>
/// <param name="Person">Who it is about: Self, Another or Reader.</param>
/// <param name="Negated">Whether a negation stands before it.</param>
/// <param name="Time">Current or Past.</param>
/// <param name="ScopeWords">The words that set the scope ("never", "she", "years ago"); empty when the defaults hold.</param>
/// <param name="RaisesFlag">Whether this phrase raised the crisis flag.</param>
internal sealed record CrisisMentionLine(
    string Rule, string Phrase, int Start, int Length, string Sentence, CrisisPerson Person, bool Negated, CrisisTime Time, string ScopeWords, bool RaisesFlag)
{
    /// <summary>The line form of every crisis phrase of a result.</summary>
    /// <param name="text">The checked text (the sentences are cut from it).</param>
    /// <param name="result">The check's result.</param>
    public static IReadOnlyList<CrisisMentionLine> All(string text, IInsightCheckResult result) =>
        [.. result.CrisisMentions.Select(m => new CrisisMentionLine(
            m.Finding.RuleId,
            m.Finding.Phrase,
            m.Finding.Start,
            m.Finding.Length,
            m.SentenceStart + m.SentenceLength <= text.Length ? text.Substring(m.SentenceStart, m.SentenceLength) : "",
            m.Person,
            m.IsNegated,
            m.Time,
            m.ScopeWords,
            m.RaisesFlag))];
}

/// <summary><c>analyze observation</c>: <c>{"isObjective": bool, "findings": [...]}</c>, with the camera-test hint and the crisis flag.</summary>
/// <param name="IsObjective">Whether the text reads as an observation.</param>
/// <param name="Findings">Where it reads as interpretation instead.</param>
/// <param name="RewriteHint">The camera-test hint, when there is something to rewrite.</param>
/// <param name="Crisis">Whether the text suggests self-harm or suicide.</param>
/// <param name="CrisisMentions">Every crisis phrase with its scope, including those that did not raise the flag.</param>
internal sealed record ObservationLine(bool IsObjective, IReadOnlyList<FindingLine> Findings, string? RewriteHint, bool Crisis, IReadOnlyList<CrisisMentionLine> CrisisMentions);

/// <summary><c>analyze message</c>: <c>{"isAccusation": bool, "findings": [...], "suggestion": "..."}</c>.</summary>
/// <param name="IsAccusation">Whether the message accuses.</param>
/// <param name="Findings">The accusing phrases.</param>
/// <param name="Suggestion">An I-statement to say instead (null when the message does not accuse).</param>
/// <param name="Crisis">Whether the text suggests self-harm or suicide.</param>
/// <param name="CrisisMentions">Every crisis phrase with its scope, including those that did not raise the flag.</param>
internal sealed record MessageLine(
    bool IsAccusation,
    IReadOnlyList<FindingLine> Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Suggestion,
    bool Crisis,
    IReadOnlyList<CrisisMentionLine> CrisisMentions);

/// <summary><c>analyze reply</c>: <c>{"isDismissive": bool, "components": [...], "explores": bool, "evidence": [...], "findings": [...]}</c>, with suggestions.</summary>
/// <param name="IsDismissive">Whether the reply makes a dismissive move that no shown component balances.</param>
/// <param name="Components">The empathy components the reply shows (cognitive, affective, concern).</param>
/// <param name="Explores">Whether the reply asks openly about the other's experience (the exploring move, concern in action).</param>
/// <param name="Evidence">The words that show each component, one item each, in text order.</param>
/// <param name="Findings">The dismissive moves.</param>
/// <param name="Suggestions">What to try instead.</param>
/// <param name="Crisis">Whether the text suggests self-harm or suicide.</param>
/// <param name="CrisisMentions">Every crisis phrase with its scope, including those that did not raise the flag.</param>
internal sealed record ReplyLine(
    bool IsDismissive,
    IReadOnlyList<EmpathyComponent> Components,
    bool Explores,
    IReadOnlyList<EvidenceLine> Evidence,
    IReadOnlyList<FindingLine> Findings,
    IReadOnlyList<string> Suggestions,
    bool Crisis,
    IReadOnlyList<CrisisMentionLine> CrisisMentions);

/// <summary>What <c>analyze</c> writes for a line of standard input it did not check: <c>{"line": 3, "error": "empty", "message": "..."}</c>.</summary>
/// <param name="Line">The input line's number, from 1.</param>
/// <param name="Error">Why: <c>empty</c>, <c>too-long</c> or <c>invalid-utf8</c>.</param>
/// <param name="Message">The reason in words.</param>
internal sealed record RefusedLine(int Line, string Error, string Message);
