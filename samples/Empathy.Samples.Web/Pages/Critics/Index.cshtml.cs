using Empathy.Core.Critic;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Critics;

/// <summary>The named inner critics, and the form to name one.</summary>
public sealed class IndexModel(CriticKeeper critics) : PageModel
{
    /// <summary>The critics, in the order they were named.</summary>
    public IReadOnlyList<PracticeRecord<InnerCritic>> Critics { get; private set; } = [];

    /// <summary>The new critic's fields.</summary>
    [BindProperty]
    public CriticForm Input { get; set; } = new();

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Shows the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Critics = await critics.AllAsync(cancellationToken);

    /// <summary>Names a critic and opens it.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await critics.CreateAsync(Input.ToRequest(), cancellationToken);
        if (outcome.Value is { } record)
        {
            return RedirectToPage("/Critics/Edit", new { id = record.Id.ToString(), saved = true });
        }

        Errors = outcome.Errors;
        Critics = await critics.AllAsync(cancellationToken);
        return Page();
    }
}
