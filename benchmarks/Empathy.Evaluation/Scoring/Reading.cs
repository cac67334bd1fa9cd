using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Scoring;

/// <summary>
/// A second way to read one data file: the items it keeps, named in the data README (for example only
/// the distortion types the observation check claims to cover), or a second reading of the check's own
/// answer that a host may choose (for example the writer's past crisis words counting too).
/// </summary>
/// <param name="FileName">The data file it applies to.</param>
/// <param name="Name">The reading's name.</param>
/// <param name="Keeps">Whether an item takes part.</param>
/// <param name="Predicts">What counts as the check's "yes" in this reading; <see langword="null"/> for the check's own answer.</param>
internal sealed record Reading(string FileName, string Name, Func<LabelledItem, bool> Keeps, Func<Prediction, bool>? Predicts = null)
{
    // The history reading: a host that rates a person's whole history (as the C-SSRS raters did) may
    // count the writer's own past, non-negated crisis words beside the current ones. The library's flag
    // stays the current reading; this row shows what the other choice would score.
    private static bool History(Prediction prediction) => prediction.Positive || prediction.Crisis.HasFlag(CrisisMentionKinds.WriterPast);

    // The ceiling of any scope rule: every text with a crisis phrase of any scope counted. No reading of
    // who, when or negation can find more than this with the same phrases; its false alarms show the cost.
    private static bool AnyPhrase(Prediction prediction) => prediction.Positive || prediction.Crisis != CrisisMentionKinds.None;

    // The six distortion types the observation check's taxonomy claims to cover (data README, "covered-types").
    private static readonly HashSet<string> CoveredDistortions = new(StringComparer.Ordinal)
    {
        "Mind Reading", "Overgeneralization", "Labeling", "Fortune-telling", "All-or-nothing thinking", "Magnification",
    };

    /// <summary>The readings the data README defines, beyond each file as a whole.</summary>
    public static IReadOnlyList<Reading> Known { get; } =
    [
        new("observation_cognitive_distortions.tsv", "covered-types",
            item => item.Class != "evaluative" || CoveredDistortions.Contains(item.Subtype)),
        new("message_convabuse.tsv", "strict (you-insults vs statements)",
            item => item.Class != "accusation" || item.Subtype == "you-insult"),
        new("crisis_cssrs_reddit.tsv", "history (the writer's past words count too)", _ => true, History),
        new("crisis_cssrs_reddit.tsv", "ceiling (any crisis phrase, of any scope)", _ => true, AnyPhrase),
        new("crisis_tweets.tsv", "history (the writer's past words count too)", _ => true, History),
        new("crisis_tweets.tsv", "ceiling (any crisis phrase, of any scope)", _ => true, AnyPhrase),
    ];

    /// <summary>The readings of one file.</summary>
    public static IEnumerable<Reading> For(string fileName) =>
        Known.Where(r => string.Equals(r.FileName, fileName, StringComparison.OrdinalIgnoreCase));
}
