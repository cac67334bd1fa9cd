using Empathy.Core.Insights;
using Empathy.Core.Profiles;

namespace Empathy.Core.DependencyInjection;

/// <summary>
/// Every tunable heuristic of the library, grouped by concept. Configure it with
/// <see cref="EmpathyServiceCollectionExtensions.AddEmpathy"/>; it is validated at start-up.
/// </summary>
public sealed class EmpathyOptions
{
    /// <summary>Thresholds for reading empathy profiles.</summary>
    public ProfileOptions Profiles { get; } = new();

    /// <summary>Language, word lists and limits of the text checks and the core-thought grouping.</summary>
    public InsightOptions Insights { get; } = new();

    /// <summary>Lists what is wrong with any of the options; empty when all are valid.</summary>
    public IReadOnlyList<string> Validate() => [.. Profiles.Validate(), .. Insights.Validate()];
}
