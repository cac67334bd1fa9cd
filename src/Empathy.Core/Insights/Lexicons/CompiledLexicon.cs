using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// A language's lexicon turned into a tokenizer and one matcher per check. Built once per language
/// (and once per analyser when options change the word lists); immutable and safe to share.
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

    /// <summary>The crisis rules alone.</summary>
    public required Matcher Crisis { get; init; }

    /// <summary>The ids of every rule in the lexicon.</summary>
    public required IReadOnlySet<string> RuleIds { get; init; }

    /// <summary>Every expanded phrase of the rules with the given role in a matcher (for the regex baseline in benchmarks).</summary>
    public static IReadOnlyList<string> Phrases(Matcher matcher, RuleRole role) =>
        [.. matcher.Patterns.Where(p => !p.IsException && matcher.Rules[p.Rule].Role == role).Select(p => p.Phrase).Distinct()];
}
