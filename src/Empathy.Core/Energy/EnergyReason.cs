namespace Empathy.Core.Energy;

/// <summary>One reason behind an <see cref="EnergyDiagnosis"/>: a figure of the tank, what it was compared with, and a sentence that explains it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnergyReason
{
    /// <summary>What the reason is about.</summary>
    public required EnergyReasonKind Kind { get; init; }

    /// <summary>
    /// The figure read: the level for <see cref="EnergyReasonKind.Level"/>, the recovery per hour for
    /// <see cref="EnergyReasonKind.Recovering"/>; <see langword="null"/> otherwise.
    /// </summary>
    public double? Value { get; init; }

    /// <summary>
    /// For <see cref="EnergyReasonKind.Level"/>, the line the level was compared with: the capacity
    /// (full), the reserve (below reserve), or the reserve plus <see cref="EnergyOptions.NearReserveMargin"/>
    /// (near reserve or comfortable); otherwise <see langword="null"/>.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>A plain sentence with the figures behind the reason.</summary>
    public required string Explanation { get; init; }
}
