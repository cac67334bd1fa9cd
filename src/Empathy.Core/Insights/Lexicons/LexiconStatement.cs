namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The I-statement template of a language and the markers that fill it in from a message
/// (observation, feeling, need, request).
/// </summary>
internal sealed class LexiconStatement
{
    /// <summary>The sentence with <c>{observation}</c>, <c>{feeling}</c>, <c>{need}</c> and <c>{request}</c> holes.</summary>
    public string Template { get; set; } = "";

    public string ObservationPlaceholder { get; set; } = "";

    public string FeelingPlaceholder { get; set; } = "";

    public string NeedPlaceholder { get; set; } = "";

    public string RequestPlaceholder { get; set; } = "";

    /// <summary>Word endings that mark a past tense; a negating marker before such a word is not rewritten.</summary>
    public string[] PastSuffixes { get; set; } = [];

    /// <summary>Single words that end the "rest of the clause" taken after a marker.</summary>
    public string[] RestStops { get; set; } = [];

    public LexiconStatementMarker[] Markers { get; set; } = [];
}
