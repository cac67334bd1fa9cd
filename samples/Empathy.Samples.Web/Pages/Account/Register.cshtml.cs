using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Security;
using Empathy.Samples.Web.Submissions;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Pages.Account;

/// <summary>
/// Registration; shows the recovery key once. The form carries a submission token, so the same form sent again within
/// <see cref="RegistrationLedger.KeptForMinutes"/> minutes (with the same email and password) shows the same key
/// instead of "email taken".
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.SignInPolicy)]
[IgnoreAntiforgeryToken] // checked in OnPostAsync instead (FormIsGenuineAsync), as the anonymous visitor the form was given to
public sealed class RegisterModel(AccountService accounts, RegistrationLedger ledger, IAntiforgery antiforgery, IOptions<EmpathyHostOptions> options) : PageModel
{
    /// <summary>The email typed (kept on error).</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password typed (never shown back).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Shortest password accepted.</summary>
    public int MinLength => options.Value.Accounts.MinPasswordLength;

    /// <summary>The form's one-time submission token (hidden field <c>submission</c>).</summary>
    [BindProperty(Name = SubmissionToken.Field)]
    public string? Submission { get; set; }

    /// <summary>Whether this answer is to the same form sent again (the account was created by the first send).</summary>
    public bool Resent { get; private set; }

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The recovery key, once, after registering.</summary>
    public string? RecoveryKey { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Registers and signs in; a resend of a form already registered shows that registration's key again.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await FormIsGenuineAsync())
        {
            return BadRequest(); // the error page says: nothing was saved, reload the page and send it again
        }

        if (!SubmissionToken.IsWellFormed(Submission))
        {
            await RegisterAsync(cancellationToken);
            return Page();
        }

        while (true)
        {
            var (mine, theirs) = ledger.Claim(Submission!);
            if (theirs is null)
            {
                await RegisterAsync(mine, cancellationToken);
                return Page();
            }

            RegistrationLedger.Registered? earlier;
            try
            {
                earlier = await theirs.Outcome.WaitAsync(RegistrationLedger.LongestWait, cancellationToken);
            }
            catch (TimeoutException)
            {
                return StatusCode(StatusCodes.Status409Conflict); // still being created: the error page says so
            }

            if (earlier is null)
            {
                continue; // the first send was refused and freed the token: this one is read on its own
            }

            // Only the one who typed that email and password gets the key again (and is signed in, in case the first answer never arrived).
            if (string.Equals(earlier.Email.Trim(), Email?.Trim(), StringComparison.OrdinalIgnoreCase)
                && (await accounts.SignInAsync(Email, Password, cancellationToken)).Succeeded)
            {
                RecoveryKey = earlier.RecoveryKey;
                Resent = true;
                return Page();
            }

            await RegisterAsync(cancellationToken); // someone else's send with that token: a registration of its own (the email is taken)
            return Page();
        }
    }

    // The form was given to an anonymous visitor, and a resend after the first send signed them in arrives signed in:
    // the usual check would refuse its token as meant for someone else. The token still has to match this browser's.
    private async Task<bool> FormIsGenuineAsync()
    {
        var user = HttpContext.User;
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
        try
        {
            return await antiforgery.IsRequestValidAsync(HttpContext);
        }
        finally
        {
            HttpContext.User = user;
        }
    }

    private async Task RegisterAsync(RegistrationLedger.Registration mine, CancellationToken cancellationToken)
    {
        try
        {
            await RegisterAsync(cancellationToken);
        }
        catch
        {
            mine.Refused();
            throw;
        }

        if (RecoveryKey is not null)
        {
            mine.Registered(Email!, RecoveryKey);
        }
        else
        {
            mine.Refused();
        }
    }

    private async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.RegisterAsync(Email, Password, cancellationToken);
        Errors = outcome.Errors;
        RecoveryKey = outcome.RecoveryKey;
    }
}
