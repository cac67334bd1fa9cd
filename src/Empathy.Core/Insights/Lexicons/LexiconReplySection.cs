namespace Empathy.Core.Insights.Lexicons;

/// <summary>The reply check's dismissive rules, the component evidence and the suggestion per missing component.</summary>
internal sealed class LexiconReplySection
{
    public LexiconRule[] Rules { get; set; } = [];

    public LexiconRule[] Components { get; set; } = [];

    /// <summary>
    /// The word class whose entries may open a reply set off by a comma ("Oh, me too"): the comma is read
    /// past, so the reply's opening phrases match with it as without it. None when null.
    /// </summary>
    public string? Interjections { get; set; }

    /// <summary>Component name (Cognitive, Affective, Concern) → what to try when the reply does not show it.</summary>
    public Dictionary<string, string> Suggestions { get; set; } = [];
}
