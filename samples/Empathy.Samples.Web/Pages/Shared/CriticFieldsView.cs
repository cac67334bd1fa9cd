using Empathy.Samples.Web.Practice;

namespace Empathy.Samples.Web.Pages.Shared;

/// <summary>The critic fields (name and typical phrases), for the <c>_CriticFields</c> partial shared by the name and edit forms.</summary>
/// <param name="Form">The values to show.</param>
/// <param name="Errors">The form's errors, by field.</param>
public sealed record CriticFieldsView(CriticForm Form, IReadOnlyDictionary<string, string[]>? Errors);
