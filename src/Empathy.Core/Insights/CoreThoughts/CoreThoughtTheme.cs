namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>
/// A core thought that keeps coming back across entries ("I'm not good enough"): how often, since
/// when, week by week, with example entries.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares lists by their items.</remarks>
public sealed record CoreThoughtTheme
{
    /// <summary>The theme's rule id, such as <c>theme.not-good-enough</c>.</summary>
    public required string ThemeId { get; init; }

    /// <summary>The theme as the writer might say it ("I'm not good enough").</summary>
    public required string Label { get; init; }

    /// <summary>What the theme is, in one sentence.</summary>
    public required string Description { get; init; }

    /// <summary>A way to look at the thought when it comes back.</summary>
    public required string TryInstead { get; init; }

    /// <summary>How many automatic thoughts showed the theme (a thought counts once per theme).</summary>
    public required int ThoughtCount { get; init; }

    /// <summary>How many entries had at least one such thought.</summary>
    public required int EntryCount { get; init; }

    /// <summary>When the first such thought was felt.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    /// <summary>When the last such thought was felt.</summary>
    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>How many of these thoughts also matched a typical phrase of one of the writer's inner critics.</summary>
    public int CriticThoughtCount { get; init; }

    /// <summary>Counts per week, oldest first; weeks with none are left out.</summary>
    public IReadOnlyList<WeekCount> Weeks
    {
        get;
        init => field = [.. value ?? []]; // a list left out of a JSON document reads as empty
    } = [];

    /// <summary>A few example thoughts, in the order they were read.</summary>
    public IReadOnlyList<CoreThoughtExample> Examples
    {
        get;
        init => field = [.. value ?? []]; // a list left out of a JSON document reads as empty
    } = [];

    /// <inheritdoc />
    public bool Equals(CoreThoughtTheme? other) =>
        other is not null
        && ThemeId == other.ThemeId
        && Label == other.Label
        && Description == other.Description
        && TryInstead == other.TryInstead
        && ThoughtCount == other.ThoughtCount
        && EntryCount == other.EntryCount
        && FirstSeen == other.FirstSeen
        && LastSeen == other.LastSeen
        && CriticThoughtCount == other.CriticThoughtCount
        && Weeks.SequenceEqual(other.Weeks)
        && Examples.SequenceEqual(other.Examples);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ThemeId, ThoughtCount, EntryCount, FirstSeen, LastSeen);
}
