using Empathy.Core.Relationships;

namespace Empathy.Samples.Web.Practice;

/// <summary>The "log a contact" form's fields, as typed.</summary>
public sealed class InteractionForm
{
    /// <summary>How they were in contact (an <see cref="InteractionKind"/> name).</summary>
    public string? Kind { get; set; }

    /// <summary>How close it felt, 0–100.</summary>
    public string? Proximity { get; set; }

    /// <summary>How long, in minutes.</summary>
    public string? Minutes { get; set; }

    /// <summary>When (wall-clock time in <see cref="TimeZone"/>, <c>datetime-local</c>); empty for now.</summary>
    public string? At { get; set; }

    /// <summary>The IANA id of the zone the time is typed in ("Europe/Madrid"); empty for UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The request these fields describe, or <see langword="null"/> with the errors of the fields that could not be read.</summary>
    public InteractionRequest? ToRequest(TimeZoneInfo zone, Dictionary<string, string[]> errors)
    {
        if (!Enum.TryParse<InteractionKind>(Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors["kind"] = ["Choose how you were in contact."];
        }

        var proximity = FormFields.Int(Proximity, "proximity", errors);
        if (proximity is null && !errors.ContainsKey("proximity"))
        {
            errors["proximity"] = ["Say how close it felt, from 0 to 100."];
        }

        var minutes = FormFields.Int(Minutes, "minutes", errors) ?? 0;
        var at = FormFields.Moment(At, zone, "at", errors);
        return errors.Count > 0 ? null : new InteractionRequest(kind, proximity, minutes, at);
    }
}
