
namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>
/// The monotonous script behind many entries: the core thoughts that keep coming back, the inner
/// critics that voice them, and any crisis words found on the way.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality compares lists by their items. Themes are recognised by word
/// lists (a heuristic): the report is a mirror for the writer, not an assessment.
/// </remarks>
public sealed record CoreThoughtReport
{
    /// <summary>How many entries were read.</summary>
    public required int EntriesRead { get; init; }

    /// <summary>How many automatic thoughts were read.</summary>
    public required int ThoughtsRead { get; init; }

    /// <summary>The themes found, the most frequent first.</summary>
    public IReadOnlyList<CoreThoughtTheme> Themes
    {
        get;
        init => field = [.. value ?? []]; // a list left out of a JSON document reads as empty
    } = [];

    /// <summary>Each inner critic that spoke at least once, the most frequent first.</summary>
    public IReadOnlyList<CriticVoice> CriticVoices
    {
        get;
        init => field = [.. value ?? []]; // a list left out of a JSON document reads as empty
    } = [];

    /// <summary>Automatic thoughts with words that suggest self-harm or suicide, one signal per thought, in reading order.</summary>
    public IReadOnlyList<CrisisSignal> CrisisSignals
    {
        get;
        init => field = [.. value ?? []]; // a list left out of a JSON document reads as empty
    } = [];

    /// <inheritdoc />
    public bool Equals(CoreThoughtReport? other) =>
        other is not null
        && EntriesRead == other.EntriesRead
        && ThoughtsRead == other.ThoughtsRead
        && Themes.SequenceEqual(other.Themes)
        && CriticVoices.SequenceEqual(other.CriticVoices)
        && CrisisSignals.SequenceEqual(other.CrisisSignals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EntriesRead, ThoughtsRead, Themes.Count);
}
