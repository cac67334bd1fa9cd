using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages;

/// <summary>The error page (no details: they stay in the server's log).</summary>
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    /// <summary>Shows the page.</summary>
    public void OnGet()
    {
    }
}
