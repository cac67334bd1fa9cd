using Empathy.Samples.Web.TimeZones;
using Empathy.Core.Connection;
using Empathy.Core.Relationships;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Practice;
using Empathy.Samples.Web.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Relationships;

/// <summary>One relationship: how it stands and why, its name and contact windows, logging a contact, its history, deleting it.</summary>
public sealed class EditModel(RelationshipKeeper relationships) : PageModel
{
    /// <summary>How many past contacts the page lists.</summary>
    public const int HistoryShown = 20;

    /// <summary>The relationship's id.</summary>
    public string Id { get; private set; } = "";

    /// <summary>The relationship as saved.</summary>
    public Relationship Relationship { get; private set; } = null!;

    /// <summary>The connection diagnosis now.</summary>
    public ConnectionDiagnosis Connection { get; private set; } = null!;

    /// <summary>The name and windows.</summary>
    [BindProperty]
    public RelationshipForm Input { get; set; } = new();

    /// <summary>The contact to log.</summary>
    [BindProperty]
    public InteractionForm Contact { get; set; } = new();

    /// <summary>Problems with the name and windows.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>Problems with the contact.</summary>
    public IReadOnlyDictionary<string, string[]>? ContactErrors { get; private set; }

    /// <summary>What was just saved, for the notice ("saved", "logged").</summary>
    public string? Done { get; private set; }

    /// <summary>Shows the relationship.</summary>
    public async Task<IActionResult> OnGetAsync(string? id, string? done, CancellationToken cancellationToken)
    {
        if (await relationships.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Show(record);
        Input = RelationshipForm.From(record.Value);
        Done = done;
        return Page();
    }

    /// <summary>Saves the name and windows.</summary>
    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = Input.ToRequest(errors);
        var outcome = errors.Count == 0 ? await relationships.UpdateAsync(id, request, cancellationToken) : null;
        return await AnswerAsync(id, outcome, errors, "saved", contact: false, cancellationToken);
    }

    /// <summary>Logs a contact.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostContactAsync(string? id, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = Contact.ToRequest(RememberedTimeZone.Choose(HttpContext, Contact.TimeZone, errors), errors);
        var outcome = request is not null ? await relationships.LogInteractionAsync(id, request, cancellationToken) : null;
        return await AnswerAsync(id, outcome, errors, "logged", contact: true, cancellationToken);
    }

    /// <summary>Deletes the relationship with its history.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken cancellationToken) =>
        await relationships.DeleteAsync(id, cancellationToken) ? RedirectToPage("/Relationships/Index") : NotFound();

    /// <summary>The kinds of contact, with their words.</summary>
    public static IReadOnlyList<(InteractionKind Kind, string Words)> Kinds { get; } =
    [
        (InteractionKind.InPerson, "In person"), (InteractionKind.VideoCall, "Video call"), (InteractionKind.Call, "Call"),
        (InteractionKind.Message, "Message"), (InteractionKind.Other, "Other"),
    ];

    // Redirects after a change; otherwise shows the page again with the input kept and the errors beside it.
    private async Task<IActionResult> AnswerAsync(string? id, PracticeOutcome<PracticeRecord<Relationship>>? outcome, Dictionary<string, string[]> errors, string done, bool contact, CancellationToken cancellationToken)
    {
        if (outcome is { IsNotFound: true } || await relationships.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        if (outcome?.Value is not null)
        {
            return RedirectToPage("/Relationships/Edit", new { id, done });
        }

        Show(record);
        if (contact)
        {
            ContactErrors = outcome?.Errors ?? errors;
            Input = RelationshipForm.From(record.Value);
        }
        else
        {
            Errors = outcome?.Errors ?? errors;
        }

        return Page();
    }

    private void Show(PracticeRecord<Relationship> record)
    {
        Id = record.Id.ToString();
        Relationship = record.Value;
        Connection = relationships.Connection(record.Value);
    }
}
