namespace Empathy.Core.Boundaries;

/// <summary>One of the conditions that together raise the exit signal; each is reported as an <see cref="ExitReason"/>.</summary>
public enum ExitCondition
{
    /// <summary>The latest check-in (at or before now) is draining.</summary>
    LatestCheckInDraining,

    /// <summary>The run of draining check-ins, from its first to the latest, lasts at least <see cref="ExitOptions.Window"/>.</summary>
    LastsTheWindow,

    /// <summary>The run holds at least <see cref="ExitOptions.MinimumCheckIns"/> check-ins.</summary>
    EnoughCheckIns,

    /// <summary>At least <see cref="ExitOptions.MinimumAdjustments"/> check-ins in the run report an adjustment tried.</summary>
    EnoughAdjustments,
}
