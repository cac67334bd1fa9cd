using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>
/// A "feeling" that is an accusation in disguise ("I feel ignored" says what the other person did,
/// not what I feel): the word found, and real feelings that may lie under it.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares the suggestions by their items.</remarks>
public sealed record DisguisedAccusation
{
    /// <summary>The feeling as written, trimmed.</summary>
    public required string Feeling { get; init; }

    /// <summary>The accusation word found (as listed in <see cref="WallOptions.DisguisedAccusations"/>).</summary>
    public required string Word { get; init; }

    /// <summary>Real feelings that may lie under the accusation, to suggest instead.</summary>
    public required IReadOnlyList<string> SuggestedFeelings
    {
        get;
        init => field = Guard.List(value, nameof(SuggestedFeelings));
    }

    /// <summary>A sentence for the person: which word accuses, and which feelings to name instead.</summary>
    public string Explain() =>
        $"\"{Word}\" in the feeling \"{Feeling}\" is an accusation in disguise: it says what you believe they did to you, not what you feel. " +
        $"Name your own feeling instead, for example: {string.Join(", ", SuggestedFeelings)}.";

    /// <inheritdoc />
    public bool Equals(DisguisedAccusation? other) =>
        other is not null && Feeling == other.Feeling && Word == other.Word && SuggestedFeelings.SequenceEqual(other.SuggestedFeelings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Feeling, Word);
}
