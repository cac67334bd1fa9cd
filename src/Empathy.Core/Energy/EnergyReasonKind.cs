namespace Empathy.Core.Energy;

/// <summary>What an <see cref="EnergyReason"/> is about.</summary>
public enum EnergyReasonKind
{
    /// <summary>The level compared with the capacity, the reserve or the near-reserve line; decides the <see cref="EnergyState"/>.</summary>
    Level,

    /// <summary>A dive is under way, so recovery is paused.</summary>
    DiveUnderway,

    /// <summary>The tank has no recovery rate, so it does not refill on its own.</summary>
    NoRecovery,

    /// <summary>Surfaced, the tank refills at its recovery rate.</summary>
    Recovering,
}
