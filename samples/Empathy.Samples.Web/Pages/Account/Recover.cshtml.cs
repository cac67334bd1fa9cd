using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Empathy.Samples.Web.Pages.Account;

/// <summary>Password reset with the recovery key; without it, the page says plainly what is lost.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.SignInPolicy)]
public sealed class RecoverModel(AccountService accounts) : PageModel
{
    /// <summary>The email.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The recovery key.</summary>
    [BindProperty]
    public string? RecoveryKey { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty]
    public string? NewPassword { get; set; }

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The new recovery key, once.</summary>
    public string? NewRecoveryKey { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Resets the password.</summary>
    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.RecoverAsync(Email, RecoveryKey, NewPassword, cancellationToken);
        Errors = outcome.Errors;
        NewRecoveryKey = outcome.RecoveryKey;
    }
}
