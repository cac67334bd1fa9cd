using Empathy.Core.Relationships;

namespace Empathy.Samples.Web.Practice;

/// <summary>The relationship form's fields, as typed (so a wrong entry is shown back as it was).</summary>
public sealed class RelationshipForm
{
    /// <summary>The person's name.</summary>
    public string? Person { get; set; }

    /// <summary>Ideal contact every this many days; empty for the library's default.</summary>
    public string? IdealContactDays { get; set; }

    /// <summary>Longest gap in days; empty for the library's default.</summary>
    public string? MaximumGapDays { get; set; }

    /// <summary>The request these fields describe, adding an error for a number that is not one (and, then, the other fields' errors too).</summary>
    public RelationshipRequest ToRequest(Dictionary<string, string[]> errors)
    {
        var request = new RelationshipRequest(Person, FormFields.Int(IdealContactDays, "idealContactDays", errors), FormFields.Int(MaximumGapDays, "maximumGapDays", errors));
        if (errors.Count > 0 && !RelationshipInput.TryBuild(request, null, out _, out var more))
        {
            FormFields.AddMissing(errors, more);
        }

        return request;
    }

    /// <summary>The form filled from a saved relationship.</summary>
    public static RelationshipForm From(Relationship relationship) => new()
    {
        Person = relationship.Person.Value,
        IdealContactDays = relationship.IdealContactEvery?.TotalDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MaximumGapDays = relationship.MaximumContactGap?.TotalDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
