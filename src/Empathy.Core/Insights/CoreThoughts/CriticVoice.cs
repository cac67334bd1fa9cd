namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>
/// How often one named inner critic spoke in the journal: the thoughts that matched its typical
/// phrases ("the heckler is on duty again").
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares examples by their items.</remarks>
public sealed record CriticVoice
{
    /// <summary>The critic's name.</summary>
    public required string CriticName { get; init; }

    /// <summary>How many automatic thoughts matched one of its typical phrases.</summary>
    public required int ThoughtCount { get; init; }

    /// <summary>A few of those thoughts, in the order they were read.</summary>
    public IReadOnlyList<CriticVoiceExample> Examples
    {
        get;
        init => field = [.. value ?? []]; // a list left out of a JSON document reads as empty
    } = [];

    /// <inheritdoc />
    public bool Equals(CriticVoice? other) =>
        other is not null && CriticName == other.CriticName && ThoughtCount == other.ThoughtCount && Examples.SequenceEqual(other.Examples);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CriticName, ThoughtCount);
}
