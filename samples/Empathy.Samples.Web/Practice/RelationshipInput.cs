using Empathy.Core.People;
using Empathy.Core.Privacy;
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
        if (PersonNames.Problem(request.Person) is { } problem)
        {
            errors["person"] = [problem];
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
        // Kind and closeness are what the contact was; a body without them is not taken as an in-person contact at 0.
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors["kind"] = ["Say how you were in contact: one of inPerson, videoCall, call, message, other."];
        }

        if (request.Proximity is not (>= 0 and <= 100) and var proximity)
        {
            errors["proximity"] = [proximity is null ? "Say how close it felt, from 0 to 100." : "Between 0 and 100."];
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

        interaction = new Interaction { At = request.At ?? now, Kind = request.Kind!.Value, Proximity = request.Proximity!.Value, Duration = TimeSpan.FromMinutes(request.Minutes ?? 0) };
        return true;
    }

    /// <summary>A check-in from <paramref name="request"/>: the three levels are required, 0–100 each.</summary>
    public static bool TryBuildCheckIn(CheckInRequest request, DateTimeOffset now, int maxNoteLength, out RelationshipCheckIn? checkIn, out Dictionary<string, string[]> errors)
    {
        errors = [];
        checkIn = null;
        Level(request.Depletion, "depletion", "How drained you feel", errors);
        Level(request.Frustration, "frustration", "How frustrated you feel", errors);
        Level(request.SelfDoubt, "selfDoubt", "How much you doubt yourself", errors);
        if (request.Note is { Length: > 0 } note && note.Length > maxNoteLength)
        {
            errors["note"] = [$"The note is {note.Length} characters long; at most {maxNoteLength} are kept."];
        }

        if (request.At > now.AddMinutes(5))
        {
            errors["at"] = ["A check-in cannot be in the future."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        checkIn = new RelationshipCheckIn
        {
            At = request.At ?? now,
            Depletion = request.Depletion!.Value,
            Frustration = request.Frustration!.Value,
            SelfDoubt = request.SelfDoubt!.Value,
            AdjustmentTried = request.AdjustmentTried,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : new SensitiveText(request.Note.Trim()),
        };
        return true;
    }

    private static void Level(int? value, string field, string what, Dictionary<string, string[]> errors)
    {
        if (value is not (>= 0 and <= 100))
        {
            errors[field] = [$"{what}, from 0 (not at all) to 100 (completely)."];
        }
    }
}
