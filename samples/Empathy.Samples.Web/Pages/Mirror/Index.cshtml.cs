using System.Diagnostics.CodeAnalysis;
using Empathy.Samples.Web.Analysis;
using Empathy.Samples.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Pages.Mirror;

/// <summary>The empathy mirror (the reply check) and the message check; nothing typed here is stored.</summary>
public sealed class IndexModel(RequestInsights insights, CrisisHelp help, IOptions<EmpathyHostOptions> options) : PageModel
{
    /// <summary>The situation (context for the person only; not checked).</summary>
    [BindProperty]
    public string? Situation { get; set; }

    /// <summary>The person's own reply.</summary>
    [BindProperty]
    public string? Reply { get; set; }

    /// <summary>A message to check for accusations.</summary>
    [BindProperty]
    public string? Message { get; set; }

    /// <summary>The reply check's result.</summary>
    public ReplyResponse? ReplyResult { get; private set; }

    /// <summary>The message check's result.</summary>
    public MessageResponse? MessageResult { get; private set; }

    /// <summary>Problems by field (<c>reply</c>, <c>message</c>): a text too long to check is said so, not passed over.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The host's help text when a check raised the crisis signal.</summary>
    public string? CrisisHelp { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Runs the checks.</summary>
    public void OnPost()
    {
        var max = options.Value.Limits.MaxTextLength;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Checkable(Reply, "reply"))
        {
            ReplyResult = ReplyResponse.From(insights.Reply.Check(Reply), help);
        }

        if (Checkable(Message, "message"))
        {
            MessageResult = MessageResponse.From(insights.Message.Check(Message), help);
        }

        Errors = errors.Count > 0 ? errors : null;

        CrisisHelp = ReplyResult?.CrisisHelp ?? MessageResult?.CrisisHelp;

        // Whether a field holds text to check; one too long is that field's error, not passed over.
        bool Checkable([NotNullWhen(true)] string? text, string field)
        {
            if (text is { Length: var length } && length > max)
            {
                errors[field] = [$"At most {max} characters can be checked; this has {length}."];
                return false;
            }

            return !string.IsNullOrWhiteSpace(text);
        }
    }
}
