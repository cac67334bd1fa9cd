using Empathy.Core.Energy;
using Empathy.Samples.Web.Insights;
using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Vaults;
using Empathy.Samples.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Tank;

/// <summary>The diver's tank: the level now and why, starting a dive or surfacing, and the recent dives.</summary>
public sealed class IndexModel(OwnerContext owner, TankKeeper tanks, IEnergyDiagnoser energy, TimeProvider time) : PageModel
{
    /// <summary>How many past dives the page lists.</summary>
    public const int HistoryShown = 10;

    /// <summary>The tank.</summary>
    public EnergyTank Tank { get; private set; } = null!;

    /// <summary>How it stands now, with the reasons.</summary>
    public EnergyDiagnosis Diagnosis { get; private set; } = null!;

    /// <summary>The level over time, as SVG.</summary>
    public string Chart { get; private set; } = "";

    /// <summary>The dive or surfacing fields.</summary>
    [BindProperty]
    public DiveForm Input { get; set; } = new();

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Why a dive was refused (it would go below the reserve): a message, not an error.</summary>
    public string? Refusal { get; private set; }

    /// <summary>What was just done ("dived", "surfaced").</summary>
    public string? Done { get; private set; }

    /// <summary>Shows the tank (starting it full on first use).</summary>
    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Done = done;
        await LoadAsync(cancellationToken);
    }

    /// <summary>Starts a dive; below the reserve it is refused unless overridden on purpose.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostDiveAsync(CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (Input.ToDive(errors) is { } request)
        {
            var (_, refused, explanation) = await tanks.DiveAsync(owner.Owner, request, cancellationToken);
            if (refused is null)
            {
                return RedirectToPage("/Tank/Index", new { done = "dived" });
            }

            // The library's refusal carries its figures; it is advice to read, not a broken form.
            Refusal = explanation;
            errors = explanation is null ? refused : [];
        }

        Errors = errors;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Ends the dive under way with what it really cost.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostSurfaceAsync(CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (Input.ToSurface(errors) is { } request)
        {
            var (_, refused) = await tanks.SurfaceAsync(owner.Owner, request, cancellationToken);
            if (refused is null)
            {
                return RedirectToPage("/Tank/Index", new { done = "surfaced" });
            }

            errors = refused;
        }

        Errors = errors;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tank = (await tanks.CurrentAsync(owner.Owner, cancellationToken)).Value;
        var now = time.GetUtcNow(); // after the read: a tank started by it begins at its own "now"
        Diagnosis = energy.Diagnose(Tank, now);
        Chart = TankLevelChart.Render(Tank, now);
    }
}
