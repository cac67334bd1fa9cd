namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// One language's word lists and patterns, as written in <c>Insights/Lexicons/&lt;language&gt;.json</c>.
/// A data transfer object for System.Text.Json; <see cref="LexiconCompiler"/> turns it into matchers.
/// </summary>
/// <remarks>
/// Phrases are written in plain words and are normalised exactly like analysed text (case,
/// accents, apostrophes, contractions). Inside a phrase, <c>*</c> stands for "any one word or
/// none", <c>{name}</c> for any entry of the word class <c>name</c>, and <c>word~</c> for any form
/// of the word listed in <see cref="Inflections"/> ("kill~ myself": kill, kills, killed, killing).
/// </remarks>
internal sealed class LexiconDocument
{
    public string Language { get; set; } = "";

    public LexiconContractions Contractions { get; set; } = new();

    public Dictionary<string, string[]> Classes { get; set; } = [];

    /// <summary>A word's other forms ("kill" → kills, killed, killing), used where a phrase writes <c>kill~</c>.</summary>
    public Dictionary<string, string[]> Inflections { get; set; } = [];

    public LexiconObservationSection? Observation { get; set; }

    public LexiconMessageSection? Message { get; set; }

    public LexiconReplySection? Reply { get; set; }

    public LexiconRuleSection? Crisis { get; set; }

    public LexiconRuleSection? CoreThoughts { get; set; }

    public LexiconScopeSection? Scope { get; set; }
}
