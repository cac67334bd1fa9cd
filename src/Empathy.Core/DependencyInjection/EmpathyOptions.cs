using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Empathy.Core.Energy;
using Empathy.Core.Insights;
using Empathy.Core.Profiles;
using Empathy.Core.Walls;

namespace Empathy.Core.DependencyInjection;

/// <summary>
/// Every tunable heuristic of the library, grouped by concept. Configure it with
/// <see cref="EmpathyServiceCollectionExtensions.AddEmpathy"/>; it is validated at start-up.
/// </summary>
public sealed class EmpathyOptions
{
    /// <summary>Thresholds for reading empathy profiles.</summary>
    public ProfileOptions Profiles { get; } = new();

    /// <summary>Signal weights, thresholds and the disguised-accusation word list for reading walls.</summary>
    public WallOptions Walls { get; } = new();

    /// <summary>Settings of the exit signal (<see cref="IExitDiagnoser"/>).</summary>
    public ExitOptions Exit { get; } = new();

    /// <summary>The tank <see cref="IEnergyDiagnoser.StartTank"/> starts, and the warning margin.</summary>
    public EnergyOptions Energy { get; } = new();

    /// <summary>The connection score's half-life and counted durations, and the default contact windows.</summary>
    public ConnectionOptions Connection { get; } = new();

    /// <summary>Language, word lists and limits of the text checks and the core-thought grouping.</summary>
    public InsightOptions Insights { get; } = new();

    /// <summary>Lists what is wrong with any of the options; empty when all are valid.</summary>
    public IReadOnlyList<string> Validate() =>
        [.. Profiles.Validate(), .. Walls.Validate(), .. Exit.Validate(), .. Energy.Validate(), .. Connection.Validate(), .. Insights.Validate()];
}
