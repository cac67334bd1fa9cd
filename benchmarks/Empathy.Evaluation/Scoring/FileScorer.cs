using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Scoring;

/// <summary>Turns one file's items and predictions into its <see cref="FileReport"/>. Pure: no check runs here.</summary>
internal static class FileScorer
{
    /// <summary>Scores one file.</summary>
    /// <param name="fileName">The file name (it selects the file's readings).</param>
    /// <param name="kind">The check the file measures.</param>
    /// <param name="items">The file's items with the check's predictions.</param>
    /// <param name="errorsPerKind">How many misses and how many false alarms to list (0: none).</param>
    /// <param name="annotations">The annotations to read the file by; <see langword="null"/> for the runner's own (<see cref="Annotation.Known"/>).</param>
    public static FileReport Score(string fileName, CheckKind kind, IReadOnlyList<ScoredItem> items, int errorsPerKind, IEnumerable<Annotation>? annotations = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(errorsPerKind);
        var positive = CheckKinds.PositiveClass(kind);
        var annotated = Annotated(fileName, items, annotations ?? Annotation.Known).ToArray();
        return new FileReport(
            fileName,
            kind.ToString().ToLowerInvariant(),
            CheckKinds.Command(kind),
            positive,
            Row("all", items),
            [.. Reading.For(fileName).Select(r => Row("reading " + r.Name, items.Where(i => r.Keeps(i.Item)), r.Predicts)), .. annotated.Select(a => a.Row)],
            Subtypes(items),
            kind == CheckKind.Reply ? Components(items) : [],
            [.. WorstMisses(items, errorsPerKind), .. WorstFalseAlarms(items, errorsPerKind)],
            kind == CheckKind.Crisis
                ? [MissBreakdown.Of("all", items), .. annotated.Where(a => a.Kept.Length > 0).Select(a => MissBreakdown.Of(a.Row.Scope, a.Kept))]
                : []);
    }

    // An annotation's reading keeps the annotated positives and every negative; on a file that is not
    // the annotated one it is not scored, and its row says so (no counts rather than wrong ones).
    private static IEnumerable<(ScoredRow Row, ScoredItem[] Kept)> Annotated(string fileName, IReadOnlyList<ScoredItem> items, IEnumerable<Annotation> annotations)
    {
        foreach (var annotation in annotations.Where(a => string.Equals(a.FileName, fileName, StringComparison.OrdinalIgnoreCase)))
        {
            var digest = Annotation.Digest(items.Select(i => i.Item));
            if (digest != annotation.ItemsDigest)
            {
                yield return (new ScoredRow($"reading {annotation.Name}: not scored, the file's items (SHA-256 {digest}) are not the annotated ones", default), []);
                continue;
            }

            ScoredItem[] kept = [.. items.Where(i => !i.Labelled || annotation.Lines.Contains(i.Item.LineNumber))];
            yield return (Row("reading " + annotation.Name, kept), kept);
        }
    }

    private static ScoredRow Row(string scope, IEnumerable<ScoredItem> items, Func<Prediction, bool>? predicts = null) =>
        new(scope, ConfusionCounts.Of(items.Select(i => (i.Labelled, predicts is null ? i.Prediction.Positive : predicts(i.Prediction)))));

    // A positive subtype is scored against all negatives (so its precision and F1 mean something);
    // a negative subtype holds negatives only, so its row is its false-alarm rate.
    private static ScoredRow[] Subtypes(IReadOnlyList<ScoredItem> items)
    {
        var negatives = items.Where(i => !i.Labelled).ToArray();
        return [.. items
            .GroupBy(i => (i.Labelled, i.Item.Label))
            .OrderByDescending(g => g.Key.Labelled)
            .ThenBy(g => g.Key.Label, StringComparer.Ordinal)
            .Select(g => g.Key.Labelled ? Row(g.Key.Label, g.Concat(negatives)) : Row(g.Key.Label, g))];
    }

    private static ScoredRow[] Components(IReadOnlyList<ScoredItem> items)
    {
        var rated = items
            .Select(i => (Scored: i, Parsed: EpitomeLevels.TryParse(i.Item.Subtype, out var levels), Levels: levels))
            .Where(r => r.Parsed)
            .ToArray();
        if (rated.Length == 0)
        {
            return [];
        }

        return [.. ComponentComparison.Known.Select(c => new ScoredRow(
            c.Name,
            ConfusionCounts.Of(rated.Select(r => (c.Rated(r.Levels), c.Shown(r.Scored.Prediction))))))];
    }

    // Misses: the weakest subtype first (lowest recall), then the shortest texts, which are the
    // clearest cases; a long text that is missed is less telling.
    private static IEnumerable<ErrorLine> WorstMisses(IReadOnlyList<ScoredItem> items, int count)
    {
        var recallBySubtype = items
            .Where(i => i.Labelled)
            .GroupBy(i => i.Item.Label)
            .ToDictionary(g => g.Key, g => (double)g.Count(i => i.Prediction.Positive) / g.Count());
        return items
            .Where(i => i.Labelled && !i.Prediction.Positive)
            .OrderBy(i => recallBySubtype[i.Item.Label])
            .ThenBy(i => i.Item.Text.Length)
            .ThenBy(i => i.Item.LineNumber)
            .Take(count)
            .Select(i => Error("miss", i));
    }

    // False alarms: those of the rule that raises the most false alarms in this file first.
    private static IEnumerable<ErrorLine> WorstFalseAlarms(IReadOnlyList<ScoredItem> items, int count)
    {
        var falseAlarms = items.Where(i => !i.Labelled && i.Prediction.Positive).ToArray();
        var perRule = falseAlarms.GroupBy(FirstRule).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return falseAlarms
            .OrderByDescending(i => perRule[FirstRule(i)])
            .ThenBy(FirstRule, StringComparer.Ordinal)
            .ThenBy(i => i.Item.LineNumber)
            .Take(count)
            .Select(i => Error("false alarm", i));
    }

    private static string FirstRule(ScoredItem item) =>
        item.Prediction.Fired.Count == 0 ? "" : item.Prediction.Fired[0].Split(' ', 2)[0];

    private static ErrorLine Error(string kind, ScoredItem item) =>
        new(kind, item.Item.LineNumber, item.Item.Label, item.Prediction.Fired, ErrorLine.Shorten(item.Item.Text));
}
