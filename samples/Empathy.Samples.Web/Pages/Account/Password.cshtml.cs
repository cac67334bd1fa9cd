using Empathy.Samples.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Account;

/// <summary>Password change (the vault key is re-wrapped; no record is re-encrypted).</summary>
public sealed class PasswordModel(AccountService accounts) : PageModel
{
    /// <summary>The current password.</summary>
    [BindProperty]
    public string? CurrentPassword { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty]
    public string? NewPassword { get; set; }

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Whether the password was just changed.</summary>
    public bool Changed { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Changes the password.</summary>
    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.ChangePasswordAsync(User, CurrentPassword, NewPassword, cancellationToken);
        Errors = outcome.Errors;
        Changed = outcome.Succeeded;
    }
}
