using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages;

/// <summary>The language switch: remembers the choice in a cookie, which wins over Accept-Language.</summary>
/// <param name="time">The host's clock: the cookie lasts one year from its now.</param>
[AllowAnonymous]
public sealed class CultureModel(TimeProvider time) : PageModel
{
    /// <summary>Sets the culture and goes back where the person was.</summary>
    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture is "es" ? "es" : "en";
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>Nothing to show: the switch only posts here.</summary>
    public IActionResult OnGet() => LocalRedirect("/");
}
