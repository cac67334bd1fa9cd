using Empathy.Samples.Web.TimeZones;
using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Boundaries;

/// <summary>Adds an IF-THEN rule, or edits the one with that number.</summary>
public sealed class RuleModel(BoundaryKeeper boundaries) : PageModel
{
    /// <summary>The rule's number in the map; null for a new rule.</summary>
    public int? Number { get; private set; }

    /// <summary>The fields.</summary>
    [BindProperty]
    public RuleForm Input { get; set; } = new();

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Shows an empty form, or the rule with that number.</summary>
    public async Task<IActionResult> OnGetAsync(int? number, CancellationToken cancellationToken)
    {
        if (number is null)
        {
            Input = RuleForm.New();
            return Page();
        }

        if (await boundaries.RuleAsync(number.Value, cancellationToken) is not { } rule)
        {
            return NotFound();
        }

        Number = number;
        Input = RuleForm.From(rule, RememberedTimeZone.Of(HttpContext));
        return Page();
    }

    /// <summary>Saves the rule.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostAsync(int? number, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = Input.ToRequest(RememberedTimeZone.Choose(HttpContext, Input.TimeZone, errors), errors);
        if (errors.Count == 0)
        {
            var outcome = number is { } n ? await boundaries.UpdateRuleAsync(n, request, cancellationToken) : await boundaries.AddRuleAsync(request, cancellationToken);
            if (outcome.IsNotFound)
            {
                return NotFound();
            }

            if (outcome.Value is not null)
            {
                return RedirectToPage("/Boundaries/Index", new { done = "rule-saved" });
            }

            errors = outcome.Errors!;
        }
        else if (number is { } n && await boundaries.RuleAsync(n, cancellationToken) is null)
        {
            return NotFound();
        }

        Number = number;
        Errors = errors;
        return Page();
    }
}
