namespace Empathy.Core.Insights;

/// <summary>
/// One thing a text check noticed: the rule that fired, where in the text, the lexicon phrase it
/// matched, why it matters and what to try instead.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A finding holds no words of the analysed text: <see cref="Phrase"/> is
/// the lexicon's phrase, and <see cref="Start"/>/<see cref="Length"/> point into the text the caller
/// still holds. Findings come from heuristics (word lists and patterns), not from understanding.
/// </remarks>
public sealed record InsightFinding
{
    // The five values a finding shares with every other finding of its phrase, kept together (see
    // InsightFindingText); setting one of them makes a new set, so each finding still owns its values.
    private InsightFindingText _text = InsightFindingText.Unset;

    /// <summary>Creates a finding; set every required member.</summary>
    public InsightFinding()
    {
    }

    // What the checks build: the phrase's shared texts (from a lexicon that has checked them) and the span.
    // The four text members read _text, which the compiler cannot see being set (CS8618).
#pragma warning disable CS8618
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal InsightFinding(InsightFindingText text, int start, int length)
    {
        _text = text;
        Start = start;
        Length = length;
    }
#pragma warning restore CS8618

    /// <summary>The id of the rule that fired, such as <c>observation.absolute</c>.</summary>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public required string RuleId
    {
        get => _text.RuleId;
        init => _text = _text with { RuleId = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A finding needs the id of its rule.", nameof(RuleId)) : value };
    }

    /// <summary>What the rule looks for.</summary>
    public required InsightRuleKind Kind
    {
        get => _text.Kind;
        init => _text = _text with { Kind = value };
    }

    /// <summary>Where the matched words start in the analysed text (a character index, 0 or more).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required int Start
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(Start), value, "Start must be 0 or more.") : value;
    }

    /// <summary>How many characters the matched words span (1 or more).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public required int Length
    {
        get;
        init => field = value < 1 ? throw new ArgumentOutOfRangeException(nameof(Length), value, "Length must be 1 or more.") : value;
    }

    /// <summary>The lexicon phrase that matched, normalised ("you are always", "on purpose"); <c>*</c> stands for any one word.</summary>
    public required string Phrase
    {
        get => _text.Phrase;
        init => _text = _text with { Phrase = value };
    }

    /// <summary>Why this matters, in one sentence.</summary>
    public required string Why
    {
        get => _text.Why;
        init => _text = _text with { Why = value };
    }

    /// <summary>What to try instead, in one sentence.</summary>
    public required string TryInstead
    {
        get => _text.TryInstead;
        init => _text = _text with { TryInstead = value };
    }

    /// <summary>The index just past the matched words (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;
}
