using Empathy.Samples.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Account;

/// <summary>Sign-out (a POST with an antiforgery token, so no other site can sign anyone out).</summary>
[AllowAnonymous]
public sealed class LogoutModel(AccountService accounts) : PageModel
{
    /// <summary>Shows the button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await accounts.SignOutAsync();
        return LocalRedirect("/");
    }
}
