using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages;

/// <summary>
/// The page that answers a page request's error status (a missing page or record, a form that failed its
/// antiforgery check, too many sign-in tries, a failure on our side) in words; no details: they stay in the
/// server's log. The status itself is kept.
/// </summary>
/// <remarks>
/// Reached by re-execution with the failed request's own method, so it answers a POST too and checks no
/// antiforgery token (a form refused for its token would otherwise be refused again here).
/// </remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The heading: what happened.</summary>
    public string Heading { get; private set; } = "";

    /// <summary>What it means for the person and what to do.</summary>
    public string Explanation { get; private set; } = "";

    /// <summary>Shows the page for the status the request ended with.</summary>
    public void OnGet() => Describe(Response.StatusCode);

    /// <summary>Shows the page for a form whose request ended with an error status.</summary>
    public void OnPost() => Describe(Response.StatusCode);

    private void Describe(int status) => (Heading, Explanation) = status switch
    {
        StatusCodes.Status400BadRequest => ("This form could not be accepted",
            "The site could not read what was sent, or could not check that it came from one of the site's own pages "
            + "(a page left open for a long time, or a form on another site). Nothing was saved. Go back, reload the page and send it again."),
        StatusCodes.Status404NotFound => ("Not found",
            "There is nothing at this address. A journal entry, a relationship, a rule or a critic that was deleted, "
            + "or that is not yours, is not found either."),
        StatusCodes.Status405MethodNotAllowed => ("Not possible here",
            "This address does not take that kind of request. Nothing was saved."),
        StatusCodes.Status409Conflict => ("Still being saved",
            "This form was sent a moment ago and is still being saved. Nothing was added twice. Look at the page in a little while before sending it again."),
        StatusCodes.Status413PayloadTooLarge => ("Too large",
            "What was sent is larger than this site accepts. Nothing was saved."),
        StatusCodes.Status429TooManyRequests => ("Too many tries",
            "There have been too many sign-in attempts from here; wait a minute and try again."),
        >= 400 and < 500 => ("This request could not be answered",
            $"The site could not answer this request (status {status}). Nothing was saved."),
        _ => ("Something went wrong",
            "Something went wrong on our side. Nothing you had saved was lost. Please go back and try again."),
    };
}
