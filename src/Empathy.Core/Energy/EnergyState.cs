namespace Empathy.Core.Energy;

/// <summary>How the tank stands at a moment.</summary>
public enum EnergyState
{
    /// <summary>Below the reserve: surface and rest before the next dive.</summary>
    BelowReserve,

    /// <summary>At or above the reserve, but within <see cref="EnergyOptions.NearReserveMargin"/> of it.</summary>
    NearReserve,

    /// <summary>Comfortably above the reserve.</summary>
    Comfortable,

    /// <summary>At capacity.</summary>
    Full,
}
