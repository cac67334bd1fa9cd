using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// A language's lexicon turned into a tokenizer and one matcher per check. Built once per language
/// (and once per set of changes, by <see cref="InsightLexicons"/>); immutable and safe to share.
/// </summary>
internal sealed class CompiledLexicon
{
    public required string Language { get; init; }

    public required Tokenizer Tokenizer { get; init; }

    public ObservationLexicon? Observation { get; init; }

    public MessageLexicon? Message { get; init; }

    public ReplyLexicon? Reply { get; init; }

    /// <summary>Theme rules with the crisis rules.</summary>
    public Matcher? CoreThoughts { get; init; }

    /// <summary>The words that set the scope of crisis phrases (negation, person).</summary>
    public required ScopeWords Scope { get; init; }

    /// <summary>The crisis rules alone.</summary>
    public required Matcher Crisis { get; init; }

    /// <summary>Second-person words and pairs, lower case, with their first-person forms (see <see cref="LexiconScopeSection.SecondToFirstPerson"/>).</summary>
    public IReadOnlyDictionary<string, string[]> SecondToFirstPerson { get; init; } = new Dictionary<string, string[]>();
}
