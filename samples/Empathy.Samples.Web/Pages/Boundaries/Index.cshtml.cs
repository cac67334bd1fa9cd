using Empathy.Core.Boundaries;
using Empathy.Samples.Web.Practice;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Boundaries;

/// <summary>The territory: who is in which zone, the IF-THEN rules that guard it, checking a behaviour against them, and each relationship's exit signal.</summary>
public sealed class IndexModel(BoundaryKeeper boundaries, RelationshipKeeper relationships) : PageModel
{
    /// <summary>The map.</summary>
    public BoundaryMap Map { get; private set; } = BoundaryMap.Empty;

    /// <summary>Each relationship's exit signal.</summary>
    public IReadOnlyList<ExitResponse> Exits { get; private set; } = [];

    /// <summary>The person to place.</summary>
    [BindProperty]
    public string? Person { get; set; }

    /// <summary>The zone to place them in.</summary>
    [BindProperty]
    public string? Zone { get; set; }

    /// <summary>The behaviour to check.</summary>
    [BindProperty]
    public string? Behaviour { get; set; }

    /// <summary>Problems with the placement.</summary>
    public IReadOnlyDictionary<string, string[]>? ZoneErrors { get; private set; }

    /// <summary>Problems with the check.</summary>
    public IReadOnlyDictionary<string, string[]>? CheckErrors { get; private set; }

    /// <summary>The check's outcome, after one.</summary>
    public RuleCheckResponse? Check { get; private set; }

    /// <summary>What was just done, for the notice.</summary>
    public string? Done { get; private set; }

    /// <summary>The zones with their words.</summary>
    public static IReadOnlyList<(BoundaryZone Zone, string Words)> Zones { get; } =
    [
        (BoundaryZone.Inside, "Inside: welcome for a visit"), (BoundaryZone.Doorstep, "Doorstep: we talk at the door"), (BoundaryZone.Outside, "Outside: kept out"),
    ];

    /// <summary>Shows the page.</summary>
    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Done = done;
        await LoadAsync(cancellationToken);
    }

    /// <summary>Places a person in a zone.</summary>
    public async Task<IActionResult> OnPostPlaceAsync(CancellationToken cancellationToken)
    {
        BoundaryZone? zone = Enum.TryParse<BoundaryZone>(Zone, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var outcome = await boundaries.PlaceAsync(new ZoneRequest(Person, zone), cancellationToken);
        if (outcome.Value is not null)
        {
            return RedirectToPage("/Boundaries/Index", new { done = "placed" });
        }

        ZoneErrors = outcome.Errors;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Takes a person off the map.</summary>
    public async Task<IActionResult> OnPostRemovePersonAsync(CancellationToken cancellationToken) =>
        (await boundaries.RemovePersonAsync(Person, cancellationToken)).IsNotFound ? NotFound() : RedirectToPage("/Boundaries/Index", new { done = "removed" });

    /// <summary>Removes a rule.</summary>
    public async Task<IActionResult> OnPostRemoveRuleAsync(int number, CancellationToken cancellationToken) =>
        (await boundaries.RemoveRuleAsync(number, cancellationToken)).IsNotFound ? NotFound() : RedirectToPage("/Boundaries/Index", new { done = "rule-removed" });

    /// <summary>Checks a behaviour against the rules (nothing saved).</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        var outcome = await boundaries.CheckAsync(new RuleCheckRequest(Behaviour, null), cancellationToken);
        Check = outcome.Value is { } evaluation ? BoundaryKeeper.Describe(evaluation) : null;
        CheckErrors = outcome.Errors;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Map = await boundaries.MapAsync(cancellationToken);
        Exits = [.. (await relationships.AllAsync(cancellationToken)).Select(relationships.DescribeExit).OrderBy(e => e.Person, StringComparer.OrdinalIgnoreCase)];
    }
}
