using Empathy.Core.Utils;

namespace Empathy.Core.Energy;

/// <summary>
/// One dive into another person's cold ocean: when it began, what it was expected to cost, and, once
/// surfaced, when it ended and what it really cost.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. A label stored or exported before its length limit
/// existed still loads as it was written (docs/storage.md).
/// </remarks>
public sealed record Dive
{
    /// <summary>The longest label allowed, in characters after trimming: 200, a short line saying what the dive was.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>What the dive was ("listening to Sam after the funeral"); optional, trimmed (blank reads as none), at most <see cref="MaxLabelLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The label is longer than <see cref="MaxLabelLength"/>.</exception>
    public string? Label
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? null : Guard.Length(value.Trim(), MaxLabelLength, "A dive's label", nameof(Label));
    }

    /// <summary>When the dive began.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The level just before the dive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public required double LevelAtStart { get; init => field = Guard.Amount(value, nameof(LevelAtStart)); }

    /// <summary>The cost planned before diving, in the tank's units.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public required double PlannedCost { get; init => field = Guard.Amount(value, nameof(PlannedCost)); }

    /// <summary>Whether the dive went ahead although its planned cost took the level below the reserve: the override is on record.</summary>
    public bool OverrodeReserve { get; init; }

    /// <summary>When the diver surfaced; <see langword="null"/> while the dive is under way.</summary>
    public DateTimeOffset? SurfacedAt { get; init; }

    /// <summary>What the dive really cost, in the tank's units; <see langword="null"/> while under way.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double? ActualCost { get; init => field = value is { } cost ? Guard.Amount(cost, nameof(ActualCost)) : null; }

    /// <summary>Whether the dive is still under way.</summary>
    public bool IsUnderway => SurfacedAt is null;
}
