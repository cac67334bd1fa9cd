using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Samples.Web.Analysis;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Journal;
using Empathy.Samples.Web.Vaults;
using Empathy.Samples.Web.Submissions;
using Empathy.Samples.Web.TimeZones;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Pages.Journal;

/// <summary>Writes, edits and deletes one entry; after saving, the observation check's hints show beside "what happened".</summary>
public sealed class EditModel(
    OwnerContext owner,
    IJournalStore store,
    RequestInsights insights,
    CrisisHelp help,
    StampClock stamps,
    IOptions<EmpathyHostOptions> options) : PageModel
{
    /// <summary>The entry's id; null for a new one.</summary>
    public string? Id { get; private set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public JournalEntryForm Input { get; set; } = new();

    /// <summary>Problems by field.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The observation check of the saved "what happened".</summary>
    public ObservationResponse? Observation { get; private set; }

    /// <summary>The host's help text when the entry raised the crisis signal.</summary>
    public string? CrisisHelp { get; private set; }

    /// <summary>Whether the entry was just saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>Shows an empty form, or a saved entry with its hints.</summary>
    public async Task<IActionResult> OnGetAsync(string? id, bool saved, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return Page();
        }

        if (await JournalEndpoints.FindAsync(id, owner, store, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Id = entry.Id.ToString();
        Input = JournalEntryForm.From(entry);
        Saved = saved;
        Check(entry);
        return Page();
    }

    /// <summary>Saves a new entry or changes to an existing one.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        JournalEntry? existing = null;
        if (!string.IsNullOrEmpty(id) && (existing = await JournalEndpoints.FindAsync(id, owner, store, cancellationToken)) is null)
        {
            return NotFound();
        }

        var now = stamps.Now(); // with the person's zone's offset, so the entry reads as their time
        var unread = new Dictionary<string, string[]>();
        JournalEntry? entry = null;
        IReadOnlyDictionary<string, string[]>? problems = unread;
        if (Input.ToDraft(existing?.FeltAt, unread) is { } draft)
        {
            problems = draft.TryBuild(existing?.Id ?? JournalEntryId.New(), now, existing?.LoggedAt, options.Value.Limits.MaxTextLength, out entry, out var errors) ? null : errors;
            if (problems is not null)
            {
                Input = Input.WithDraftRowsFirst(); // the draft counts only the filled rows; show them where its errors point
            }
        }

        if (problems is not null)
        {
            Id = existing?.Id.ToString();
            Errors = problems;
            return Page();
        }

        if (existing is null)
        {
            await store.AddAsync(owner.Owner, entry!, cancellationToken);
        }
        else
        {
            await store.UpdateAsync(owner.Owner, entry!, cancellationToken);
        }

        return RedirectToPage("/Journal/Edit", new { id = entry!.Id.ToString(), saved = true });
    }

    /// <summary>Deletes the entry.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken cancellationToken)
    {
        if (!JournalEntryId.TryParse(id, out var entryId))
        {
            return NotFound();
        }

        try
        {
            await store.DeleteAsync(owner.Owner, entryId, cancellationToken);
        }
        catch (JournalEntryNotFoundException)
        {
            return NotFound();
        }

        return RedirectToPage("/Journal/Index");
    }

    private void Check(JournalEntry entry)
    {
        var observation = insights.Observation.Check(entry.WhatHappened.Reveal());
        Observation = ObservationResponse.From(observation, help);
        CrisisHelp = Observation.CrisisHelp ?? (insights.Crisis.Detect(entry).Count > 0 ? help.Text : null);
    }
}
