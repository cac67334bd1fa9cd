using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// What a lexicon section is, said once: the rule lists of a <see cref="LexiconDocument"/> (observation,
/// message, reply and its component evidence, crisis, core-thought themes), the id prefix of their rules,
/// the role their matches play and the kinds of rule they take. The compiler checks ids against it and
/// the editor finds and adds rules through it.
/// </summary>
/// <param name="Prefix">What every rule id of the section starts with (<c>observation.</c>).</param>
/// <param name="Role">What the section's matches are used for.</param>
/// <param name="Accepts">Whether a new rule of a kind belongs in this section.</param>
/// <param name="Get">The section's rules in a document, or <see langword="null"/> when the document has no such section.</param>
/// <param name="Set">Replaces the section's rules (creating the section when it may be created on demand).</param>
internal sealed record LexiconSection(
    string Prefix,
    RuleRole Role,
    Func<InsightRuleKind, bool> Accepts,
    Func<LexiconDocument, LexiconRule[]?> Get,
    Action<LexiconDocument, LexiconRule[]> Set)
{
    public static LexiconSection Observation { get; } = new("observation.", RuleRole.Finding, IsFindingKind, d => d.Observation?.Rules, (d, r) => d.Observation!.Rules = r);

    public static LexiconSection Message { get; } = new("message.", RuleRole.Finding, IsFindingKind, d => d.Message?.Rules, (d, r) => d.Message!.Rules = r);

    public static LexiconSection Reply { get; } = new("reply.", RuleRole.Finding, IsFindingKind, d => d.Reply?.Rules, (d, r) => d.Reply!.Rules = r);

    public static LexiconSection ReplyComponents { get; } = new("reply.", RuleRole.Component, k => k is InsightRuleKind.ComponentEvidence or InsightRuleKind.Exploring, d => d.Reply?.Components, (d, r) => d.Reply!.Components = r);

    // Every language has crisis rules, so a new one creates the section when it is missing.
    public static LexiconSection Crisis { get; } = new("crisis.", RuleRole.Crisis, k => k == InsightRuleKind.Crisis, d => d.Crisis?.Rules ?? [], (d, r) => (d.Crisis ??= new LexiconRuleSection()).Rules = r);

    public static LexiconSection CoreThoughts { get; } = new("theme.", RuleRole.Theme, k => k == InsightRuleKind.CoreThought, d => d.CoreThoughts?.Rules, (d, r) => d.CoreThoughts!.Rules = r);

    /// <summary>Every section, in the order the compiler reads them.</summary>
    public static IReadOnlyList<LexiconSection> All { get; } = [Observation, Message, Reply, ReplyComponents, Crisis, CoreThoughts];

    /// <summary>Whether a rule id has this section's prefix and something after it.</summary>
    public bool Owns(string ruleId) => ruleId.StartsWith(Prefix, StringComparison.Ordinal) && ruleId.Length > Prefix.Length;

    /// <summary>The section a new rule with this id and kind goes into in the document, or <see langword="null"/> when none fits.</summary>
    public static LexiconSection? ForNewRule(LexiconDocument document, string ruleId, InsightRuleKind kind) =>
        All.FirstOrDefault(s => s.Owns(ruleId) && s.Accepts(kind) && s.Get(document) is not null);

    /// <summary>A problem text that says which ids and kinds each section takes.</summary>
    public static string Describe() =>
        "ids start with observation., message. or reply. for finding kinds (reply. also for ComponentEvidence and Exploring), " +
        "crisis. for Crisis and theme. for CoreThought, and the language must have that section";

    private static bool IsFindingKind(InsightRuleKind kind) =>
        kind is not (InsightRuleKind.Crisis or InsightRuleKind.CoreThought or InsightRuleKind.ComponentEvidence or InsightRuleKind.Exploring);
}
