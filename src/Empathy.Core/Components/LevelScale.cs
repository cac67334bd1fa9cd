namespace Empathy.Core.Components;

/// <summary>
/// The library's single 0–100 scale, shared by every level and intensity so that thresholds
/// can be compared across concepts.
/// </summary>
public static class LevelScale
{
    /// <summary>Checks that <paramref name="value"/> lies on the 0–100 scale and returns it.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="paramName">The parameter named in the exception.</param>
    /// <returns><paramref name="value"/>, unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below 0 or above 100.</exception>
    public static int Require(int value, string paramName)
    {
        if (value is < EmpathyLevels.Min or > EmpathyLevels.Max)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                $"'{paramName}' must be between {EmpathyLevels.Min} and {EmpathyLevels.Max} (the library's level scale); it was {value}.");
        }

        return value;
    }
}
