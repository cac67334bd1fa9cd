namespace Empathy.Core.Energy;

/// <summary>
/// The tank a person starts with (<see cref="IEnergyDiagnoser.StartTank"/>, or <see cref="EnergyTank.Start(EnergyOptions, DateTimeOffset, double?)"/>),
/// and the threshold the <see cref="EnergyDiagnoser"/> warns at.
/// </summary>
/// <remarks>
/// Units are the app's own ("energy points"); the defaults use 0–100 like the rest of the library.
/// Heuristics for practice, to be tuned per person. Mutable for configuration; validate with
/// <see cref="Validate"/> (dependency injection does so at start-up).
/// </remarks>
public sealed class EnergyOptions
{
    /// <summary>The tank's capacity. Default 100.</summary>
    public double Capacity { get; set; } = 100;

    /// <summary>The reserve floor a planned dive may not go below without an override. Default 25.</summary>
    public double Reserve { get; set; } = 25;

    /// <summary>How much the tank refills per hour while surfaced. Default 4 (empty to full in 25 hours).</summary>
    public double RecoveryPerHour { get; set; } = 4;

    /// <summary>A level less than this far above the reserve is reported as <see cref="EnergyState.NearReserve"/>. Default 15.</summary>
    public double NearReserveMargin { get; set; } = 15;

    /// <summary>Lists what is wrong with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(double.IsFinite(Capacity) && Capacity > 0))
        {
            problems.Add($"Energy option {nameof(Capacity)} must be a finite number above 0; it is {Capacity}.");
        }

        if (!(double.IsFinite(Reserve) && Reserve >= 0 && Reserve <= Capacity))
        {
            problems.Add($"Energy option {nameof(Reserve)} must be between 0 and {nameof(Capacity)} ({Capacity}); it is {Reserve}.");
        }

        if (!(double.IsFinite(RecoveryPerHour) && RecoveryPerHour >= 0))
        {
            problems.Add($"Energy option {nameof(RecoveryPerHour)} must be a finite number, 0 or more; it is {RecoveryPerHour}.");
        }

        if (!(double.IsFinite(NearReserveMargin) && NearReserveMargin >= 0))
        {
            problems.Add($"Energy option {nameof(NearReserveMargin)} must be a finite number, 0 or more; it is {NearReserveMargin}.");
        }

        return problems;
    }
}
