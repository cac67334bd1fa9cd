using Empathy.Core.Components;
using Empathy.Core.Relationships;

namespace Empathy.Core.Boundaries;

/// <summary>
/// The heuristic settings of the exit signal read by <see cref="ExitDiagnoser"/>: how long and how
/// steadily a relationship must drain, and how many adjustments must have been tried, before the
/// right to leave is pointed out.
/// </summary>
/// <remarks>
/// Heuristics chosen to be easy to explain, not clinical cut-offs: apps should tune them. Mutable
/// for configuration; validate with <see cref="Validate"/> (dependency injection does so at start-up).
/// </remarks>
public sealed class ExitOptions
{
    /// <summary>How long depletion must have lasted without a break, from the first to the latest draining check-in. Default 28 days.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(28);

    /// <summary>A check-in is draining when its <see cref="RelationshipCheckIn.Strain"/> is at least this (0–100). Default 60.</summary>
    public int DrainingStrainAtLeast { get; set; } = 60;

    /// <summary>How many draining check-ins in a row the signal needs. Default 4.</summary>
    public int MinimumCheckIns { get; set; } = 4;

    /// <summary>How many of those check-ins must report an adjustment tried ("whatever I adjust"). Default 2.</summary>
    public int MinimumAdjustments { get; set; } = 2;

    /// <summary>Lists what is wrong with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Window <= TimeSpan.Zero)
        {
            problems.Add($"Exit option {nameof(Window)} must be longer than zero; it is {Window}.");
        }

        if (DrainingStrainAtLeast is < EmpathyLevels.Min or > EmpathyLevels.Max)
        {
            problems.Add($"Exit option {nameof(DrainingStrainAtLeast)} must be between {EmpathyLevels.Min} and {EmpathyLevels.Max}; it is {DrainingStrainAtLeast}.");
        }

        if (MinimumCheckIns < 2)
        {
            problems.Add($"Exit option {nameof(MinimumCheckIns)} must be at least 2 (continuity needs two check-ins); it is {MinimumCheckIns}.");
        }

        if (MinimumAdjustments < 1)
        {
            problems.Add($"Exit option {nameof(MinimumAdjustments)} must be at least 1 (the signal is about depletion despite adjustments); it is {MinimumAdjustments}.");
        }

        if (MinimumAdjustments > MinimumCheckIns)
        {
            problems.Add($"Exit option {nameof(MinimumAdjustments)} ({MinimumAdjustments}) must not exceed {nameof(MinimumCheckIns)} ({MinimumCheckIns}): adjustments are reported on check-ins.");
        }

        return problems;
    }
}
