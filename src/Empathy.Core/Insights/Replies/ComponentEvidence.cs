using Empathy.Core.Components;

namespace Empathy.Core.Insights.Replies;

/// <summary>Words in a reply that show an empathy component ("that sounds painful" shows affective empathy).</summary>
/// <remarks>Immutable and thread-safe. Like a finding, it holds the lexicon's phrase and a span, not the reply's words.</remarks>
public sealed record ComponentEvidence
{
    /// <summary>The component shown.</summary>
    public required EmpathyComponent Component { get; init; }

    /// <summary>The id of the rule that recognised it, such as <c>reply.affective</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>
    /// Whether the words are an exploring move: an open question about the other's experience ("what
    /// happened then?"), which shows <see cref="EmpathyComponent.Concern"/> in action.
    /// </summary>
    public bool IsExploring { get; init; }

    /// <summary>The lexicon phrase that matched.</summary>
    public required string Phrase { get; init; }

    /// <summary>Where the words start in the reply (0 or more).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required int Start
    {
        get;
        init => field = value < 0 ? throw new ArgumentOutOfRangeException(nameof(Start), value, "Start must be 0 or more.") : value;
    }

    /// <summary>How many characters the words span (1 or more).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public required int Length
    {
        get;
        init => field = value < 1 ? throw new ArgumentOutOfRangeException(nameof(Length), value, "Length must be 1 or more.") : value;
    }
}
