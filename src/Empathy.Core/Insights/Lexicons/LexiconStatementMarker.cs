namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// A phrase that shows part of an I-statement in a message. The words after it (to the end of the
/// clause) become the observation, need or request, each written after its prefix; a feeling
/// marker takes its own last word as the feeling.
/// </summary>
internal sealed class LexiconStatementMarker
{
    public string Phrase { get; set; } = "";

    /// <summary>Written before the rest of the clause to make the observation ("you never" → "you do not").</summary>
    public string? Observation { get; set; }

    /// <summary>Written before the rest of the clause to make the request; <see langword="null"/> when the marker gives none.</summary>
    public string? Request { get; set; }

    /// <summary>Written before the rest of the clause to make the need.</summary>
    public string? Need { get; set; }

    /// <summary>Whether the marker's last word is the feeling.</summary>
    public bool Feeling { get; set; }

    /// <summary>Whether the marker negates the behaviour ("never"): then a past-tense word after it is not rewritten.</summary>
    public bool Negates { get; set; }
}
