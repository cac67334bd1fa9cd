using Empathy.Samples.Web.Practice;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Critics;

/// <summary>One critic: its name and phrases to edit, the journal thoughts attributed to it, forgetting it.</summary>
public sealed class EditModel(CriticKeeper critics) : PageModel
{
    /// <summary>The critic's id.</summary>
    public string Id { get; private set; } = "";

    /// <summary>The name as saved.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The fields.</summary>
    [BindProperty]
    public CriticForm Input { get; set; } = new();

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The thoughts that sound like it.</summary>
    public CriticThoughtsResponse Thoughts { get; private set; } = null!;

    /// <summary>Whether it was just saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>Shows the critic.</summary>
    public async Task<IActionResult> OnGetAsync(string? id, bool saved, CancellationToken cancellationToken)
    {
        if (await critics.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Input = CriticForm.From(record.Value);
        Saved = saved;
        return await ShowAsync(record, cancellationToken);
    }

    /// <summary>Saves the name and phrases.</summary>
    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        var outcome = await critics.UpdateAsync(id, Input.ToRequest(), cancellationToken);
        if (outcome.IsNotFound || await critics.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        if (outcome.Value is not null)
        {
            return RedirectToPage("/Critics/Edit", new { id, saved = true });
        }

        Errors = outcome.Errors;
        return await ShowAsync(record, cancellationToken);
    }

    /// <summary>Forgets the critic (the journal entries stay).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken cancellationToken) =>
        await critics.DeleteAsync(id, cancellationToken) ? RedirectToPage("/Critics/Index") : NotFound();

    private async Task<IActionResult> ShowAsync(Core.Storage.Practice.PracticeRecord<Core.Critic.InnerCritic> record, CancellationToken cancellationToken)
    {
        Id = record.Id.ToString();
        Name = record.Value.Name;
        Thoughts = await critics.ThoughtsAsync(record.Value, cancellationToken);
        return Page();
    }
}
