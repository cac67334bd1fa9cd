namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The words that set a phrase's scope, for every check: negations and person words read in the
/// clause before the phrase, time phrases read in its sentence, and the fillers a phrase may step over.
/// </summary>
internal sealed class LexiconScopeSection
{
    /// <summary>Single words that negate what follows in the clause ("not", "never", "no").</summary>
    public string[] Negations { get; set; } = [];

    /// <summary>Single words that name the writer as the subject ("i", "we").</summary>
    public string[] FirstPerson { get; set; } = [];

    /// <summary>Single words that name the reader ("you").</summary>
    public string[] SecondPerson { get; set; } = [];

    /// <summary>Single words that name another person ("he", "she", "friend").</summary>
    public string[] ThirdPerson { get; set; } = [];

    /// <summary>Single words a phrase may step over, at most two per match: intensifiers and fillers ("really", "fucking", "just").</summary>
    public string[] Fillers { get; set; } = [];

    /// <summary>Single words that, right after a negation, lift it ("stop" in "can't stop thinking about it").</summary>
    public string[] NegationLifters { get; set; } = [];

    /// <summary>Phrases that put a sentence in the past ("years ago", "used to", "when i was").</summary>
    public string[] Past { get; set; } = [];
}
