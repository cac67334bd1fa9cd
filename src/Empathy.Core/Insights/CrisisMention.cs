namespace Empathy.Core.Insights;

/// <summary>
/// One crisis phrase with its scope: who it is about, whether it is negated, when it happens, and
/// the sentence it stands in (as a span of the checked text, so the text is not repeated).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The scope is a heuristic read from nearby words (see the insights
/// docs): a host decides what to show for each kind; only <see cref="RaisesFlag"/> mentions raise
/// the crisis flag.
/// </remarks>
public sealed record CrisisMention
{
    /// <summary>The crisis phrase: its rule, words, span and why.</summary>
    public required InsightFinding Finding { get; init; }

    /// <summary>Who the phrase is about.</summary>
    public CrisisPerson Person { get; init; }

    /// <summary>Whether a negation stands before the phrase in its clause ("I have never thought of ending it").</summary>
    public bool IsNegated { get; init; }

    /// <summary>When the phrase happens.</summary>
    public CrisisTime Time { get; init; }

    /// <summary>Where the phrase's sentence starts in the checked text.</summary>
    public int SentenceStart { get; init; }

    /// <summary>The length of the phrase's sentence (at most a bounded number of words on each side of the phrase).</summary>
    public int SentenceLength { get; init; }

    /// <summary>The words that set the scope, as written, joined with " · " ("never", "she", "years ago"); empty when the defaults hold.</summary>
    public string ScopeWords { get; init; } = "";

    /// <summary>Whether this mention raises the crisis flag: about the writer, not negated, current.</summary>
    public bool RaisesFlag => Person == CrisisPerson.Self && !IsNegated && Time == CrisisTime.Current;
}
