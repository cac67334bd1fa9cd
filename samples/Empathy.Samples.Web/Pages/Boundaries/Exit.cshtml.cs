using Empathy.Samples.Web.TimeZones;
using Empathy.Core.Relationships;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Boundaries;

/// <summary>One relationship's exit signal with every condition behind it, the check-in form, and the past check-ins.</summary>
public sealed class ExitModel(RelationshipKeeper relationships) : PageModel
{
    /// <summary>How many past check-ins the page lists.</summary>
    public const int HistoryShown = 20;

    /// <summary>The relationship's id.</summary>
    public string Id { get; private set; } = "";

    /// <summary>The relationship.</summary>
    public Relationship Relationship { get; private set; } = null!;

    /// <summary>The exit signal now.</summary>
    public ExitResponse Exit { get; private set; } = null!;

    /// <summary>The check-in's fields.</summary>
    [BindProperty]
    public CheckInForm Input { get; set; } = new();

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Whether a check-in was just saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>Shows the signal.</summary>
    public async Task<IActionResult> OnGetAsync(string? id, bool saved, CancellationToken cancellationToken)
    {
        if (await relationships.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Show(record);
        Saved = saved;
        return Page();
    }

    /// <summary>Saves a check-in.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = Input.ToRequest(RememberedTimeZone.Choose(HttpContext, Input.TimeZone, errors), errors);
        if (errors.Count == 0)
        {
            var outcome = await relationships.CheckInAsync(id, request, cancellationToken);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }

            if (outcome.Value is not null)
            {
                return RedirectToPage("/Boundaries/Exit", new { id, saved = true });
            }

            errors = outcome.Errors!;
        }

        if (await relationships.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Show(record);
        Errors = errors;
        return Page();
    }

    private void Show(PracticeRecord<Relationship> record)
    {
        Id = record.Id.ToString();
        Relationship = record.Value;
        Exit = relationships.DescribeExit(record);
    }
}
