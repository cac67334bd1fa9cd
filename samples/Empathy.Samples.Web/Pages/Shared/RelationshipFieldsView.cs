using Empathy.Samples.Web.Practice;

namespace Empathy.Samples.Web.Pages.Shared;

/// <summary>The relationship fields (name and contact windows), for the <c>_RelationshipFields</c> partial shared by the add and edit forms.</summary>
/// <param name="Form">The values to show.</param>
/// <param name="Errors">The form's errors, by field.</param>
public sealed record RelationshipFieldsView(RelationshipForm Form, IReadOnlyDictionary<string, string[]>? Errors);
