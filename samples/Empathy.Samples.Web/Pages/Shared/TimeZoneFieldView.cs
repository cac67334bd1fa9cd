namespace Empathy.Samples.Web.Pages.Shared;

/// <summary>The "Time zone" select of a form with a time field, for the <c>_TimeZoneField</c> partial.</summary>
/// <param name="Name">The field's form name ("Contact.TimeZone").</param>
/// <param name="Posted">The id the form sent, or null to select the remembered zone.</param>
/// <param name="Errors">The form's errors, by field (the select's are under <c>timeZone</c>).</param>
/// <param name="Label">The select's label, or null for the one beside a time field.</param>
public sealed record TimeZoneFieldView(string Name, string? Posted, IReadOnlyDictionary<string, string[]>? Errors, string? Label = null);
