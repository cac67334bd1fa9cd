namespace Empathy.Core.Insights.Lexicons;

/// <summary>How a language's contractions expand: whole words ("can't" → "can not") and suffixes ("'re" → "are").</summary>
internal sealed class LexiconContractions
{
    public Dictionary<string, string> Words { get; set; } = [];

    public Dictionary<string, string> Suffixes { get; set; } = [];
}
