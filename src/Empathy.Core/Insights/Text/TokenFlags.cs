namespace Empathy.Core.Insights.Text;

/// <summary>Facts about a token's surroundings that rules need.</summary>
[Flags]
internal enum TokenFlags
{
    None = 0,

    /// <summary>Punctuation (a comma, a quote mark, a full stop…) stands between this token and the one before.</summary>
    BreakBefore = 1,

    /// <summary>A sentence ends between this token and the one before (also sets <see cref="BreakBefore"/>).</summary>
    SentenceBefore = 2,

    /// <summary>The token is inside quotation marks.</summary>
    Quoted = 4,

    /// <summary>The token reports someone's speech ("she said I was lazy"); set by the observation check.</summary>
    Reported = 8,

    /// <summary>A word that ends reported speech starts at this token; set while marking reported speech.</summary>
    SpeechStop = 16,
}
