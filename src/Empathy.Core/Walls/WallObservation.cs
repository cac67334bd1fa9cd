using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>What a wall diagnosis reads: the signals observed in the other person.</summary>
/// <remarks>Immutable and thread-safe. Validated on every init; equality compares signals by their items.</remarks>
public sealed record WallObservation
{
    /// <summary>Observed signals; duplicates are removed and order is kept.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A signal is not a defined <see cref="WallSignal"/>.</exception>
    public IReadOnlyList<WallSignal> Signals
    {
        get;
        init => field = [.. Guard.DefinedValues(value, nameof(Signals), "wall signals").Distinct()];
    } = [];

    /// <inheritdoc />
    public bool Equals(WallObservation? other) => other is not null && Signals.SequenceEqual(other.Signals);

    /// <inheritdoc />
    public override int GetHashCode() => Signals.Count;
}
