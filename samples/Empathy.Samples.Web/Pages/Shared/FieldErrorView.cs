namespace Empathy.Samples.Web.Pages.Shared;

/// <summary>The errors of one form field, for the <c>_FieldError</c> partial.</summary>
/// <param name="Errors">All the form's errors, by field.</param>
/// <param name="Field">The field's key.</param>
/// <param name="Id">The input's id (the error's id is <c>{Id}-error</c>, for <c>aria-describedby</c>).</param>
public sealed record FieldErrorView(IReadOnlyDictionary<string, string[]>? Errors, string Field, string Id);
