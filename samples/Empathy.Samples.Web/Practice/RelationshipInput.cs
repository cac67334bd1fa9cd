using Empathy.Core.People;
using Empathy.Core.Relationships;

namespace Empathy.Samples.Web.Practice;

/// <summary>Checks relationship and interaction input and builds the library's records (API and pages share it).</summary>
public static class RelationshipInput
{
    /// <summary>A relationship from <paramref name="request"/>, keeping the history of <paramref name="existing"/>.</summary>
    public static bool TryBuild(RelationshipRequest request, Relationship? existing, out Relationship? relationship, out Dictionary<string, string[]> errors)
    {
        errors = [];
        relationship = null;
        if (string.IsNullOrWhiteSpace(request.Person) || request.Person.Length > 100)
        {
            errors["person"] = ["Give the person's name (at most 100 characters)."];
        }

        if (request.IdealContactDays is < 1 or > 3650)
        {
            errors["idealContactDays"] = ["Between 1 and 3650 days."];
        }

        if (request.MaximumGapDays is < 1 or > 3650)
        {
            errors["maximumGapDays"] = ["Between 1 and 3650 days."];
        }
        else if (request.MaximumGapDays < request.IdealContactDays)
        {
            errors["maximumGapDays"] = ["The longest gap cannot be shorter than the ideal rhythm."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        var person = new PersonName(request.Person!.Trim());
        relationship = (existing ?? new Relationship { Person = person }) with
        {
            Person = person,
            IdealContactEvery = request.IdealContactDays is { } ideal ? TimeSpan.FromDays(ideal) : null,
            MaximumContactGap = request.MaximumGapDays is { } gap ? TimeSpan.FromDays(gap) : null,
        };
        return true;
    }

    /// <summary>An interaction from <paramref name="request"/>.</summary>
    public static bool TryBuildInteraction(InteractionRequest request, DateTimeOffset now, out Interaction? interaction, out Dictionary<string, string[]> errors)
    {
        errors = [];
        interaction = null;
        if (!Enum.IsDefined(request.Kind))
        {
            errors["kind"] = ["One of: inPerson, videoCall, call, message, other."];
        }

        if (request.Proximity is < 0 or > 100)
        {
            errors["proximity"] = ["Between 0 and 100."];
        }

        if (request.Minutes is < 0 or > 24 * 60)
        {
            errors["minutes"] = ["Between 0 and 1440."];
        }

        if (request.At > now.AddMinutes(5))
        {
            errors["at"] = ["An interaction cannot be in the future."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        interaction = new Interaction { At = request.At ?? now, Kind = request.Kind, Proximity = request.Proximity, Duration = TimeSpan.FromMinutes(request.Minutes) };
        return true;
    }
}
