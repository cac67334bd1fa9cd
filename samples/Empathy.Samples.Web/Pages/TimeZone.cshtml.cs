using Empathy.Samples.Web.TimeZones;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages;

/// <summary>
/// The time-zone setting, for pages with no time field to choose it beside: remembered in the same cookie
/// (<see cref="RememberedTimeZone"/>) from the same choices (<see cref="TimeZoneChoices"/>). Open to anyone: the zone
/// says nothing about the person's entries.
/// </summary>
[AllowAnonymous]
public sealed class TimeZoneModel : PageModel
{
    /// <summary>The zone id sent.</summary>
    [BindProperty]
    public string? TimeZone { get; set; }

    /// <summary>The site page to go back to once chosen (only a local address is followed).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether a zone was just chosen (the page then says which).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    /// <summary>Problems by field (the select's under <c>timeZone</c>).</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Shows the choice, the remembered zone selected.</summary>
    public void OnGet()
    {
        ReturnUrl = LocalOrNull(ReturnUrl);
    }

    /// <summary>Remembers the zone and goes back to <see cref="ReturnUrl"/>, or stays here saying what was chosen.</summary>
    public IActionResult OnPost()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        RememberedTimeZone.Choose(HttpContext, TimeZone, errors);
        ReturnUrl = LocalOrNull(ReturnUrl);
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        return ReturnUrl is not null ? LocalRedirect(ReturnUrl) : RedirectToPage(new { saved = true });
    }

    // Never an address elsewhere: the form must not be a way to send people off the site.
    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;
}
