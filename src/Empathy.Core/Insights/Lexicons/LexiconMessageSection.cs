namespace Empathy.Core.Insights.Lexicons;

/// <summary>The message check's rules and how it builds an I-statement.</summary>
internal sealed class LexiconMessageSection
{
    public LexiconRule[] Rules { get; set; } = [];

    public LexiconStatement IStatement { get; set; } = new();
}
