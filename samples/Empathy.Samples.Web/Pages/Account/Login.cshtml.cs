using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Empathy.Samples.Web.Pages.Account;

/// <summary>Sign-in, with one generic message for every failure.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.SignInPolicy)]
public sealed class LoginModel(AccountService accounts) : PageModel
{
    /// <summary>The email typed.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in (local addresses only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Problems.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.SignInAsync(Email, Password, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Journal");
        }

        // Field-level "missing" errors and the generic failure all show as one summary.
        Errors = new Dictionary<string, string[]> { [""] = [.. outcome.Errors.Values.SelectMany(v => v).Distinct()] };
        return Page();
    }
}
