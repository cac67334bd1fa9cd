using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Pages.Account;

/// <summary>Registration; shows the recovery key once.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.SignInPolicy)]
public sealed class RegisterModel(AccountService accounts, IOptions<EmpathyHostOptions> options) : PageModel
{
    /// <summary>The email typed (kept on error).</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password typed (never shown back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Shortest password accepted.</summary>
    public int MinLength => options.Value.Accounts.MinPasswordLength;

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The recovery key, once, after registering.</summary>
    public string? RecoveryKey { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Registers and signs in.</summary>
    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.RegisterAsync(Email, Password, cancellationToken);
        Errors = outcome.Errors;
        RecoveryKey = outcome.RecoveryKey;
    }
}
