using Empathy.Core.Insights;
using Empathy.Samples.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Analysis;

/// <summary>
/// The host's own help text (<c>Empathy:CrisisHelp</c>), given out whenever a check raised the crisis
/// signal. The library only raises the signal; what to say and whom to call is the site's to decide.
/// </summary>
public sealed class CrisisHelp(IOptions<EmpathyHostOptions> options)
{
    /// <summary>The configured text.</summary>
    public string Text { get; } = options.Value.CrisisHelp;

    /// <summary>The text when any of <paramref name="results"/> raised the signal; otherwise null.</summary>
    public string? For(params IEnumerable<IInsightCheckResult?> results) =>
        results.Any(r => r?.HasCrisisSignal == true) ? Text : null;
}
