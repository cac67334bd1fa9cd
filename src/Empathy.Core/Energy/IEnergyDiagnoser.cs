namespace Empathy.Core.Energy;

/// <summary>Reads how the diver's tank stands at a moment, and starts tanks with the configured defaults.</summary>
public interface IEnergyDiagnoser
{
    /// <summary>Diagnoses <paramref name="tank"/> at <paramref name="now"/>.</summary>
    /// <param name="tank">The tank.</param>
    /// <param name="now">The moment of the reading; not before the tank's timeline starts.</param>
    /// <returns>The level, state, time to refill and reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tank"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the tank's timeline starts.</exception>
    EnergyDiagnosis Diagnose(EnergyTank tank, DateTimeOffset now);

    /// <summary>
    /// Starts a tank with the configured <see cref="EnergyOptions.Capacity"/>, <see cref="EnergyOptions.Reserve"/>
    /// and <see cref="EnergyOptions.RecoveryPerHour"/>: the tank an app gives a person who has not tuned their own.
    /// </summary>
    /// <param name="at">When the tank's timeline starts.</param>
    /// <param name="level">The level to start at; <see langword="null"/> for a full tank.</param>
    /// <returns>A new tank.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside 0 to the capacity.</exception>
    EnergyTank StartTank(DateTimeOffset at, double? level = null);
}
