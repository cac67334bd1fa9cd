namespace Empathy.Core.Energy;

/// <summary>Reads how the diver's tank stands at a moment.</summary>
public interface IEnergyDiagnoser
{
    /// <summary>Diagnoses <paramref name="tank"/> at <paramref name="now"/>.</summary>
    /// <param name="tank">The tank.</param>
    /// <param name="now">The moment of the reading; not before the tank's timeline starts.</param>
    /// <returns>The level, state, time to refill and reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tank"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the tank's timeline starts.</exception>
    EnergyDiagnosis Diagnose(EnergyTank tank, DateTimeOffset now);
}
