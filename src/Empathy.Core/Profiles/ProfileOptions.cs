using Empathy.Core.Components;

namespace Empathy.Core.Profiles;

/// <summary>
/// The heuristic thresholds a <see cref="ProfileDiagnoser"/> uses (levels on the 0–100 scale) and the
/// certainties its signal rules give (0–1).
/// </summary>
/// <remarks>
/// These are heuristics chosen to be easy to explain, not clinically validated cut-offs: apps should
/// tune them. Mutable for configuration; validate with <see cref="Validate"/> (dependency injection
/// does so at start-up).
/// </remarks>
public sealed class ProfileOptions
{
    /// <summary>A level below this is weak. Default 35.</summary>
    public int WeakBelow { get; set; } = 35;

    /// <summary>A level at or above this is strong. Default 65.</summary>
    public int StrongAtLeast { get; set; } = 65;

    /// <summary>For a balanced profile each level must be at least this. Default 50.</summary>
    public int PresentAtLeast { get; set; } = 50;

    /// <summary>Boundary keeping below this is weak. Default 40.</summary>
    public int BoundariesWeakBelow { get; set; } = 40;

    /// <summary>Boundary keeping at or above this counts as kept. Default 60.</summary>
    public int BoundariesKeptAtLeast { get; set; } = 60;

    /// <summary>
    /// How many points past a threshold make a condition certain. A level exactly on a threshold
    /// gives confidence 0.5; <see cref="ConfidenceMargin"/> points past it give 1.0. Default 25.
    /// </summary>
    public int ConfidenceMargin { get; set; } = 25;

    /// <summary>
    /// How sure a performative reading can be when only one of its two signals
    /// (<see cref="ProfileSignal.ExpressionWithoutFeeling"/>, <see cref="ProfileSignal.ExpressionWithoutAction"/>)
    /// was observed; the confidence is at most this. Between 0 and 1. Default 0.7.
    /// </summary>
    public double PerformativeOneSignalCertainty { get; set; } = 0.7;

    /// <summary>
    /// How sure a performative reading can be when both of its signals were observed; the confidence is
    /// at most this. Between <see cref="PerformativeOneSignalCertainty"/> and 1. Default 0.9.
    /// </summary>
    public double PerformativeBothSignalsCertainty { get; set; } = 0.9;

    /// <summary>
    /// How much <see cref="ProfileSignal.DrainedAfterOthersEmotions"/> adds to a flood reading's confidence
    /// (never above 1). Between 0 and 1. Default 0.1.
    /// </summary>
    public double FloodDrainedSignalBonus { get; set; } = 0.1;

    /// <summary>Lists what is wrong with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        CheckScale(problems, nameof(WeakBelow), WeakBelow);
        CheckScale(problems, nameof(StrongAtLeast), StrongAtLeast);
        CheckScale(problems, nameof(PresentAtLeast), PresentAtLeast);
        CheckScale(problems, nameof(BoundariesWeakBelow), BoundariesWeakBelow);
        CheckScale(problems, nameof(BoundariesKeptAtLeast), BoundariesKeptAtLeast);
        if (WeakBelow > PresentAtLeast || PresentAtLeast > StrongAtLeast)
        {
            problems.Add($"Profile thresholds must satisfy {nameof(WeakBelow)} ≤ {nameof(PresentAtLeast)} ≤ {nameof(StrongAtLeast)}; they are {WeakBelow}, {PresentAtLeast}, {StrongAtLeast}.");
        }

        if (BoundariesWeakBelow > BoundariesKeptAtLeast)
        {
            problems.Add($"{nameof(BoundariesWeakBelow)} ({BoundariesWeakBelow}) must not exceed {nameof(BoundariesKeptAtLeast)} ({BoundariesKeptAtLeast}).");
        }

        if (ConfidenceMargin is < 1 or > EmpathyLevels.Max)
        {
            problems.Add($"{nameof(ConfidenceMargin)} must be between 1 and {EmpathyLevels.Max}; it is {ConfidenceMargin}.");
        }

        CheckFraction(problems, nameof(PerformativeOneSignalCertainty), PerformativeOneSignalCertainty);
        CheckFraction(problems, nameof(PerformativeBothSignalsCertainty), PerformativeBothSignalsCertainty);
        CheckFraction(problems, nameof(FloodDrainedSignalBonus), FloodDrainedSignalBonus);
        if (PerformativeOneSignalCertainty > PerformativeBothSignalsCertainty)
        {
            problems.Add($"{nameof(PerformativeOneSignalCertainty)} ({PerformativeOneSignalCertainty}) must not exceed {nameof(PerformativeBothSignalsCertainty)} ({PerformativeBothSignalsCertainty}): two signals are more evidence than one.");
        }

        return problems;
    }

    private static void CheckFraction(List<string> problems, string name, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            problems.Add($"Profile option {name} must be between 0 and 1; it is {value}.");
        }
    }

    private static void CheckScale(List<string> problems, string name, int value)
    {
        if (value is < EmpathyLevels.Min or > EmpathyLevels.Max)
        {
            problems.Add($"Profile option {name} must be between {EmpathyLevels.Min} and {EmpathyLevels.Max}; it is {value}.");
        }
    }
}
