namespace Empathy.Core.Energy;

/// <summary>Validation shared by the energy members, so every message reads the same.</summary>
internal static class EnergyAmount
{
    public static double Require(double value, string paramName) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"'{paramName}' must be a finite amount of energy, 0 or more; it was {value}.");
}
