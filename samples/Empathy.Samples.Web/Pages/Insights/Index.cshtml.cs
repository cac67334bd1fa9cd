using Empathy.Core.Connection;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Analysis;
using Empathy.Samples.Web.Insights;
using Empathy.Samples.Web.Journal;
using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Insights;

/// <summary>Core thoughts over weeks (attributed to named critics), the tank's level, and connection status, drawn on the server.</summary>
public sealed class IndexModel(OwnerContext owner, IJournalStore journal, IPracticeStore practice, RequestInsights insights,
    IConnectionDiagnoser connection, TankKeeper tanks, CrisisHelp help, TimeProvider time) : PageModel
{
    /// <summary>The core-thought report.</summary>
    public CoreThoughtReport Report { get; private set; } = null!;

    /// <summary>The themes chart, or null when nothing recurred.</summary>
    public string? ThemesChart { get; private set; }

    /// <summary>The tank chart.</summary>
    public string TankChart { get; private set; } = "";

    /// <summary>Connection status per relationship.</summary>
    public IReadOnlyList<RelationshipResponse> Connections { get; private set; } = [];

    /// <summary>The host's help text when the journal raised the crisis signal.</summary>
    public string? CrisisHelp { get; private set; }

    /// <summary>Builds the page.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = await RecentEntries.ReadAsync(journal, owner.Owner, cancellationToken);
        var critics = await PracticeRecords.AllAsync(practice, owner.Owner, PracticeKinds.InnerCritics, cancellationToken);
        Report = insights.CoreThoughts.Group(entries, critics.Select(c => c.Value), cancellationToken);
        ThemesChart = CoreThoughtWeeksChart.Render(Report, insights.Language);
        CrisisHelp = Report.CrisisSignals.Count > 0 ? help.Text : null;
        TankChart = TankLevelChart.Render((await tanks.CurrentAsync(owner.Owner, cancellationToken)).Value, time.GetUtcNow());
        var relationships = await PracticeRecords.AllAsync(practice, owner.Owner, PracticeKinds.Relationships, cancellationToken);
        Connections = [.. relationships.Select(r => PracticeEndpoints.Describe(r, connection, time))];
    }
}
