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

    /// <summary>Verb forms whose ending names the writer ("quiero", "tengo"): the subject, without ending the clause (a negation still stands before them: "no quiero").</summary>
    public string[] FirstPersonVerbs { get; set; } = [];

    /// <summary>Verb forms whose ending names another person ("quiere", "dice").</summary>
    public string[] ThirdPersonVerbs { get; set; } = [];

    /// <summary>Single words a phrase may step over, at most two per match: intensifiers and fillers ("really", "fucking", "just").</summary>
    public string[] Fillers { get; set; } = [];

    /// <summary>Single words that, right after a negation, lift it ("stop" in "can't stop thinking about it").</summary>
    public string[] NegationLifters { get; set; } = [];

    /// <summary>Single words that negate on their own ("without", "sin"): one between a negation and the phrase cancels the negation ("I can't go a day without thinking about suicide" affirms).</summary>
    public string[] Privatives { get; set; } = [];

    /// <summary>Phrases that put a sentence in the past ("years ago", "used to", "when i was").</summary>
    public string[] Past { get; set; } = [];

    /// <summary>Phrases that put a clause in the present ("right now", "tonight"); one nearer a phrase than any past phrase keeps it current.</summary>
    public string[] Present { get; set; } = [];

    /// <summary>Single words that start a new clause ("if", "that", "because", "but"): the words before one do not negate or name the subject of a phrase after it.</summary>
    public string[] ClauseBreaks { get; set; } = [];

    /// <summary>
    /// How a line said to the reader reads when the writer says it of themself: each second-person word, or
    /// pair of words, and its first-person forms ("you": ["i", "me"], "you are": ["i am"], "eres": ["soy"]).
    /// An inner critic's phrase ("you always mess this up") is found in a journal thought in either person
    /// ("I always mess this up").
    /// </summary>
    public Dictionary<string, string[]> SecondToFirstPerson { get; set; } = [];
}
