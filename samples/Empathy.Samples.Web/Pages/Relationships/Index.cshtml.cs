using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Relationships;

/// <summary>Every relationship with its connection status (the ones that need contact first), and the form to add one.</summary>
public sealed class IndexModel(RelationshipKeeper relationships) : PageModel
{
    /// <summary>The relationships, red before yellow before green, then by name.</summary>
    public IReadOnlyList<RelationshipResponse> Relationships { get; private set; } = [];

    /// <summary>The new relationship's fields.</summary>
    [BindProperty]
    public RelationshipForm Input { get; set; } = new();

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Shows the list.</summary>
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Adds a relationship and opens it.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = Input.ToRequest(errors);
        if (errors.Count == 0)
        {
            var outcome = await relationships.CreateAsync(request, cancellationToken);
            if (outcome.Value is { } record)
            {
                return RedirectToPage("/Relationships/Edit", new { id = record.Id.ToString(), done = "added" });
            }

            errors = outcome.Errors!;
        }

        Errors = errors;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Relationships = [.. (await relationships.AllAsync(cancellationToken)).Select(relationships.Describe)
            .OrderByDescending(r => r.Status).ThenBy(r => r.Person, StringComparer.OrdinalIgnoreCase)];
}
