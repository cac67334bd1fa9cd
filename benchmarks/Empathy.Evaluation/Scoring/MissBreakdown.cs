using Empathy.Evaluation.Checks;

namespace Empathy.Evaluation.Scoring;

/// <summary>
/// What the crisis check saw in the items it missed: how many hold no crisis phrase of any scope (no
/// wording the check could see), and how many hold one of each kind that did not raise the flag.
/// </summary>
/// <param name="Scope">The items counted: <c>all</c>, or the reading that kept them.</param>
/// <param name="Missed">The labelled positives the check did not flag.</param>
/// <param name="WithoutMention">Of those, the ones with no crisis phrase at all (no person, time or negation kept one from counting: there was none).</param>
/// <param name="ByKind">Of those with a phrase, how many hold at least one of each kind (a miss counts under every kind it holds).</param>
internal sealed record MissBreakdown(string Scope, int Missed, int WithoutMention, IReadOnlyList<KindCount> ByKind)
{
    /// <summary>The kinds reported, in order, with their names in the report.</summary>
    public static IReadOnlyList<(CrisisMentionKinds Kind, string Name)> Kinds { get; } =
    [
        (CrisisMentionKinds.Another, "about another person"),
        (CrisisMentionKinds.Reader, "to the reader"),
        (CrisisMentionKinds.Unnamed, "no one named (a topic)"),
        (CrisisMentionKinds.Negated, "negated"),
        (CrisisMentionKinds.Past, "in the past"),
        (CrisisMentionKinds.WriterPast, "the writer, in the past, not negated"),
    ];

    /// <summary>Counts the misses among <paramref name="items"/>.</summary>
    public static MissBreakdown Of(string scope, IEnumerable<ScoredItem> items)
    {
        var missed = items.Where(i => i.Labelled && !i.Prediction.Positive).Select(i => i.Prediction.Crisis).ToArray();
        return new MissBreakdown(
            scope,
            missed.Length,
            missed.Count(k => k == CrisisMentionKinds.None),
            [.. Kinds.Select(k => new KindCount(k.Name, missed.Count(m => m.HasFlag(k.Kind))))]);
    }
}

/// <summary>How many items hold a kind of mention.</summary>
/// <param name="Kind">The kind, in words.</param>
/// <param name="Items">How many items hold at least one.</param>
internal sealed record KindCount(string Kind, int Items);
