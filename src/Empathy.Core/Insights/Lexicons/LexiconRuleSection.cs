namespace Empathy.Core.Insights.Lexicons;

/// <summary>A lexicon section that is only a list of rules (crisis, core thoughts).</summary>
internal sealed class LexiconRuleSection
{
    public LexiconRule[] Rules { get; set; } = [];
}
