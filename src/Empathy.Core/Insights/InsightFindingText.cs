namespace Empathy.Core.Insights;

/// <summary>
/// What every finding of one lexicon phrase says, whatever text it is found in: its rule, kind,
/// phrase and the rule's two sentences. A finding holds one of these and its own span, so a check
/// builds a finding with one reference instead of five (and a finding takes 32 bytes, not 64).
/// </summary>
/// <remarks>Immutable; equality compares the five values, so findings keep comparing by what they say.</remarks>
internal sealed record InsightFindingText(string RuleId, InsightRuleKind Kind, string Phrase, string Why, string TryInstead)
{
    /// <summary>What a finding holds before its members are set (a finding built with an object initializer).</summary>
    public static InsightFindingText Unset { get; } = new("", default, "", "", "");
}
