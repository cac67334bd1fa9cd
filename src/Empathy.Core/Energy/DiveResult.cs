namespace Empathy.Core.Energy;

/// <summary>The answer to <see cref="EnergyTank.StartDive"/>: accepted or refused, the resulting tank, and the figures behind it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DiveResult
{
    /// <summary>Whether the dive went ahead.</summary>
    public required bool Accepted { get; init; }

    /// <summary>The tank with the dive under way when accepted; the unchanged tank when refused.</summary>
    public required EnergyTank Tank { get; init; }

    /// <summary>The level when the dive was asked for.</summary>
    public required double LevelAtStart { get; init; }

    /// <summary>The planned cost.</summary>
    public required double PlannedCost { get; init; }

    /// <summary>The level the planned cost would leave: <see cref="LevelAtStart"/> − <see cref="PlannedCost"/> (may be negative).</summary>
    public required double ProjectedLevel { get; init; }

    /// <summary>Whether the dive was accepted only because the reserve was overridden.</summary>
    public required bool OverrodeReserve { get; init; }

    /// <summary>A plain sentence with the figures.</summary>
    public required string Explanation { get; init; }
}
