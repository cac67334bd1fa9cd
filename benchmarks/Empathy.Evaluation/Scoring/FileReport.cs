namespace Empathy.Evaluation.Scoring;

/// <summary>Everything measured on one data file.</summary>
/// <param name="File">The file name.</param>
/// <param name="Check">The check measured (<c>observation</c>, <c>message</c>, <c>reply</c>, <c>crisis</c>).</param>
/// <param name="Command">The console command whose output these figures describe.</param>
/// <param name="PositiveClass">The class scored as positive; all others are negatives.</param>
/// <param name="All">The whole file.</param>
/// <param name="Readings">The data README's other readings of this file.</param>
/// <param name="Subtypes">Per subtype: a positive subtype against all the file's negatives; a negative subtype alone (its false alarms).</param>
/// <param name="Components">For reply files: the EPITOME ratings against the check's components.</param>
/// <param name="Errors">The worst misses and false alarms, when asked for.</param>
/// <param name="Misses">For crisis files: what the check saw in the items it missed, in the whole file and in each annotation's reading; empty for other checks.</param>
internal sealed record FileReport(
    string File,
    string Check,
    string Command,
    string PositiveClass,
    ScoredRow All,
    IReadOnlyList<ScoredRow> Readings,
    IReadOnlyList<ScoredRow> Subtypes,
    IReadOnlyList<ScoredRow> Components,
    IReadOnlyList<ErrorLine> Errors,
    IReadOnlyList<MissBreakdown> Misses);
