using System.Globalization;
using Empathy.Core.Exercises;
using Empathy.Core.Storage.Practice;
using Empathy.Samples.Web.Exercises;
using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Vaults;
using Empathy.Samples.Web.Submissions;
using Empathy.Samples.Web.TimeZones;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Pages.Exercises;

/// <summary>One exercise as a form; the library validates the answers, which are saved as an exercise response.</summary>
public sealed class RunModel(IExerciseCatalog catalog, OwnerContext owner, IPracticeStore store, StampClock stamps, IOptions<EmpathyHostOptions> options) : PageModel
{
    /// <summary>The exercise in the request's culture.</summary>
    public ExerciseSummary Exercise { get; private set; } = null!;

    /// <summary>The exercise as the pack defines it, for the language each of its texts is shown in.</summary>
    public ExerciseDefinition Definition { get; private set; } = null!;

    /// <summary>Problems by field (<c>answer.{step}</c>).</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    /// <summary>The saved response's id, after saving.</summary>
    public string? SavedId { get; private set; }

    /// <summary>Whether the page speaks Spanish.</summary>
    public bool Spanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";

    private IFormCollection? _posted;

    /// <summary>Shows the form.</summary>
    public IActionResult OnGet(string? pack, string? id, string? saved)
    {
        if (Find(pack, id) is null)
        {
            return NotFound();
        }

        SavedId = saved;
        return Page();
    }

    /// <summary>Validates and saves the answers.</summary>
    [SubmittedOnce]
    public async Task<IActionResult> OnPostAsync(string? pack, string? id, CancellationToken cancellationToken)
    {
        if (Find(pack, id) is not { } exercise)
        {
            return NotFound();
        }

        _posted = Request.Form;
        var errors = new Dictionary<string, string[]>();
        var response = ExerciseAnswers.FromForm(exercise, Request.Form, options.Value.Limits.MaxTextLength, errors);
        ExerciseAnswers.AddProblems(exercise, response, "answer.", errors);
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        var saved = await store.SaveExerciseResponseAsync(owner.Owner, exercise, response, stamps.Now(), cancellationToken);
        return RedirectToPage("/Exercises/Run", new { pack, id, saved = saved.Id.ToString() });
    }

    /// <summary>What was typed into a step, kept after a failed submit.</summary>
    public string? Value(string stepId) => _posted?[$"answer.{stepId}"].FirstOrDefault();

    private ExerciseDefinition? Find(string? pack, string? id)
    {
        var exercise = pack is null || id is null ? null : catalog.Find(pack, id);
        if (exercise is not null)
        {
            Definition = exercise;
            Exercise = ExerciseSummary.From(exercise, CultureInfo.CurrentUICulture);
        }

        return exercise;
    }
}
