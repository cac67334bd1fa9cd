using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Scoring;

/// <summary>
/// A second way to read one data file, named in the data README (for example only the distortion
/// types the observation check claims to cover): the items it keeps.
/// </summary>
/// <param name="FileName">The data file it applies to.</param>
/// <param name="Name">The README's name for it.</param>
/// <param name="Keeps">Whether an item takes part.</param>
internal sealed record Reading(string FileName, string Name, Func<LabelledItem, bool> Keeps)
{
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
    ];

    /// <summary>The readings of one file.</summary>
    public static IEnumerable<Reading> For(string fileName) =>
        Known.Where(r => string.Equals(r.FileName, fileName, StringComparison.OrdinalIgnoreCase));
}
