namespace Empathy.Core.Connection;

/// <summary>
/// The settings of the connection score (Proximity × Time) and the default contact windows used by
/// <see cref="ConnectionDiagnoser"/>.
/// </summary>
/// <remarks>
/// Heuristics chosen to be simple and explainable, not measurements: apps should tune them. Mutable
/// for configuration; validate with <see cref="Validate"/> (dependency injection does so at start-up).
/// </remarks>
public sealed class ConnectionOptions
{
    /// <summary>How long it takes an interaction's contribution to the score to halve. Default 30 days.</summary>
    public TimeSpan HalfLife { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The least time an interaction counts for, so that a short message still counts a little. Default 10 minutes.</summary>
    public TimeSpan MinimumCountedDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The most time one interaction counts for, so that one long day cannot stand in for sustained contact. Default 4 hours.</summary>
    public TimeSpan MaximumCountedDuration { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The default ideal contact window: contact at most this long ago is green. Default 7 days.</summary>
    public TimeSpan IdealContactEvery { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The default maximum gap: contact longer ago than this is red (between the two, yellow). Default 21 days.</summary>
    public TimeSpan MaximumContactGap { get; set; } = TimeSpan.FromDays(21);

    /// <summary>Lists what is wrong with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Positive(problems, nameof(HalfLife), HalfLife);
        Positive(problems, nameof(MinimumCountedDuration), MinimumCountedDuration);
        Positive(problems, nameof(MaximumCountedDuration), MaximumCountedDuration);
        Positive(problems, nameof(IdealContactEvery), IdealContactEvery);
        Positive(problems, nameof(MaximumContactGap), MaximumContactGap);
        if (MinimumCountedDuration > MaximumCountedDuration)
        {
            problems.Add($"Connection option {nameof(MinimumCountedDuration)} ({MinimumCountedDuration}) must not exceed {nameof(MaximumCountedDuration)} ({MaximumCountedDuration}).");
        }

        if (IdealContactEvery > MaximumContactGap)
        {
            problems.Add($"Connection option {nameof(IdealContactEvery)} ({IdealContactEvery}) must not exceed {nameof(MaximumContactGap)} ({MaximumContactGap}).");
        }

        return problems;
    }

    private static void Positive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"Connection option {name} must be longer than zero; it is {value}.");
        }
    }
}
