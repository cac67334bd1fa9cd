using System.Globalization;
using Empathy.Core.Exercises;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Empathy.Samples.Web.Pages.Exercises;

/// <summary>The catalog (built-in pack and the site's own), in the request's culture.</summary>
public sealed class IndexModel(IExerciseCatalog catalog) : PageModel
{
    /// <summary>Every exercise, as its pack defines it (the page reads each text in the request's culture).</summary>
    public IReadOnlyList<ExerciseDefinition> Exercises { get; private set; } = [];

    /// <summary>Whether the page speaks Spanish.</summary>
    public bool Spanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";

    /// <summary>Lists the exercises.</summary>
    public void OnGet() => Exercises = catalog.Exercises;
}
