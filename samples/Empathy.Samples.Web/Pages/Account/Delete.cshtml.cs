using Empathy.Samples.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Account;

/// <summary>Account deletion after a confirmation (crypto-shredding: records and keys are erased).</summary>
public sealed class DeleteModel(AccountService accounts) : PageModel
{
    /// <summary>The confirmation box.</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>Problems.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Shows the page.</summary>
    public void OnGet()
    {
    }

    /// <summary>Deletes the account when confirmed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            Errors = new Dictionary<string, string[]> { [""] = ["Tick the box to confirm: deleting cannot be undone."] };
            return Page();
        }

        await accounts.DeleteAsync(User, cancellationToken);
        return LocalRedirect("/");
    }
}
