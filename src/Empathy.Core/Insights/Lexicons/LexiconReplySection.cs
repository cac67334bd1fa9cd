namespace Empathy.Core.Insights.Lexicons;

/// <summary>The reply check's dismissive rules, the component evidence and the suggestion per missing component.</summary>
internal sealed class LexiconReplySection
{
    public LexiconRule[] Rules { get; set; } = [];

    public LexiconRule[] Components { get; set; } = [];

    /// <summary>Component name (Cognitive, Affective, Concern) → what to try when the reply does not show it.</summary>
    public Dictionary<string, string> Suggestions { get; set; } = [];
}
