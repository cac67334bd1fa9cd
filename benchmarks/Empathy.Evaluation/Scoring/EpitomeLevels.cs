using System.Globalization;

namespace Empathy.Evaluation.Scoring;

/// <summary>
/// A reply's levels (0, 1 or 2) on the three EPITOME mechanisms, as the reply file's subtype writes
/// them: <c>ER2-IP0-EX1</c> (emotional reactions, interpretations, explorations).
/// </summary>
internal readonly record struct EpitomeLevels(int EmotionalReactions, int Interpretations, int Explorations)
{
    /// <summary>Reads <c>ERa-IPb-EXc</c>; <see langword="false"/> for any other subtype.</summary>
    public static bool TryParse(string subtype, out EpitomeLevels levels)
    {
        levels = default;
        var parts = subtype.Split('-');
        if (parts.Length != 3
            || !TryLevel(parts[0], "ER", out var er)
            || !TryLevel(parts[1], "IP", out var ip)
            || !TryLevel(parts[2], "EX", out var ex))
        {
            return false;
        }

        levels = new EpitomeLevels(er, ip, ex);
        return true;
    }

    private static bool TryLevel(string part, string mechanism, out int level)
    {
        level = 0;
        return part.StartsWith(mechanism, StringComparison.Ordinal)
            && int.TryParse(part.AsSpan(mechanism.Length), NumberStyles.None, CultureInfo.InvariantCulture, out level)
            && level is >= 0 and <= 2;
    }
}
