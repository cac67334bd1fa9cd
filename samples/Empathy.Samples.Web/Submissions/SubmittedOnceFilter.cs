using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Empathy.Samples.Web.Submissions;

/// <summary>
/// Runs a <see cref="SubmittedOnceAttribute"/> handler once per submission token and person: the first send saves
/// (a handler that redirects has saved; any other answer, such as the form again with its errors, frees the token),
/// a send again with that token is redirected to what the first one saved, with <c>resent=true</c> for the notice.
/// A send that arrives while the first is still saving waits for it. A form without a token runs as before.
/// </summary>
public sealed class SubmittedOnceFilter(SubmissionLedger ledger, IUrlHelperFactory urls) : IAsyncPageFilter
{
    /// <summary>The query value that makes the layout say the form had already been sent.</summary>
    public const string ResentQuery = "resent";

    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var token = request.HasFormContentType ? request.Form[SubmissionToken.Field].ToString() : null;
        var person = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (context.HandlerMethod?.MethodInfo.IsDefined(typeof(SubmittedOnceAttribute)) != true || person is null || !SubmissionToken.IsWellFormed(token))
        {
            await next();
            return;
        }

        while (true)
        {
            var (mine, theirs) = ledger.Claim(person, token!);
            if (theirs is null)
            {
                await SaveAsync(context, next, mine);
                return;
            }

            string? location;
            try
            {
                location = await theirs.Outcome.WaitAsync(LongestWait, context.HttpContext.RequestAborted);
            }
            catch (TimeoutException)
            {
                context.Result = new StatusCodeResult(StatusCodes.Status409Conflict); // still saving: the error page says so
                return;
            }

            if (location is not null)
            {
                context.Result = new LocalRedirectResult(QueryHelpers.AddQueryString(location, ResentQuery, "true"));
                return;
            }

            // The first send was refused and freed the token: this one is read on its own.
        }
    }

    private async Task SaveAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next, SubmissionLedger.Submission mine)
    {
        try
        {
            var done = await next();
            if (done.Exception is null && Location(context, done.Result) is { } location)
            {
                mine.Saved(location);
            }
            else
            {
                mine.Refused();
            }
        }
        catch
        {
            mine.Refused();
            throw;
        }
    }

    // The handlers here redirect after a save and answer the page (with its errors) otherwise.
    private string? Location(PageHandlerExecutingContext context, IActionResult? result) => result switch
    {
        RedirectToPageResult page => urls.GetUrlHelper(context).Page(page.PageName, page.PageHandler, page.RouteValues),
        LocalRedirectResult local => local.Url,
        _ => null,
    };
}
