namespace Empathy.Core.Energy;

/// <summary>The tank's level at one moment: a point of its timeline.</summary>
/// <param name="At">The moment.</param>
/// <param name="Level">The level then, in the tank's units (0 to its capacity).</param>
/// <remarks>Immutable and thread-safe. Ranges are checked by the <see cref="EnergyTank"/> that holds the point.</remarks>
public readonly record struct EnergyPoint(DateTimeOffset At, double Level);
