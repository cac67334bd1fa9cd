using Empathy.Core.Components;
using Empathy.Core.Utils;

namespace Empathy.Core.Profiles;

/// <summary>
/// What a profile diagnosis reads: the three levels, how well boundaries are kept, and any
/// observed signals.
/// </summary>
/// <remarks>Immutable and thread-safe. Validated on construction.</remarks>
public sealed record ProfileObservation
{
    /// <summary>The three empathy levels, each 0–100.</summary>
    public required EmpathyLevels Levels { get; init; }

    /// <summary>How well the person keeps boundaries, 0 (not at all) to 100 (firmly). Defaults to 50, a neutral middle.</summary>
    public int BoundaryKeeping
    {
        get;
        init => field = Guard.Level(value, nameof(BoundaryKeeping));
    } = 50;

    /// <summary>Observed signals; duplicates are removed and order is kept.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A signal is not a defined <see cref="ProfileSignal"/>.</exception>
    public IReadOnlyList<ProfileSignal> Signals
    {
        get;
        init => field = [.. Guard.DefinedValues(value, nameof(Signals), "profile signals").Distinct()];
    } = [];

    /// <summary>Whether <paramref name="signal"/> was observed.</summary>
    /// <param name="signal">The signal to look for.</param>
    public bool Has(ProfileSignal signal) => Signals.Contains(signal);

    /// <inheritdoc />
    public bool Equals(ProfileObservation? other) =>
        other is not null
        && Levels == other.Levels
        && BoundaryKeeping == other.BoundaryKeeping
        && Signals.SequenceEqual(other.Signals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Levels, BoundaryKeeping, Signals.Count);
}
