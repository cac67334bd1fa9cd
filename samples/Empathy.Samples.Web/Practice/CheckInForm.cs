namespace Empathy.Samples.Web.Practice;

/// <summary>The exit-signal check-in form's fields, as typed.</summary>
public sealed class CheckInForm
{
    /// <summary>How drained, 0–100.</summary>
    public string? Depletion { get; set; }

    /// <summary>How frustrated, 0–100.</summary>
    public string? Frustration { get; set; }

    /// <summary>How much self-doubt, 0–100.</summary>
    public string? SelfDoubt { get; set; }

    /// <summary>Whether an adjustment was tried since the last check-in.</summary>
    public bool AdjustmentTried { get; set; }

    /// <summary>A private note.</summary>
    public string? Note { get; set; }

    /// <summary>When (wall-clock time in <see cref="TimeZone"/>, <c>datetime-local</c>); empty for now.</summary>
    public string? At { get; set; }

    /// <summary>The IANA id of the zone the time is typed in ("Europe/Madrid"); empty for UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The request these fields describe (a number that is not one adds an error; then the other fields' errors are added too).</summary>
    public CheckInRequest ToRequest(TimeZoneInfo zone, Dictionary<string, string[]> errors)
    {
        var request = new CheckInRequest(
            FormFields.Int(Depletion, "depletion", errors),
            FormFields.Int(Frustration, "frustration", errors),
            FormFields.Int(SelfDoubt, "selfDoubt", errors),
            AdjustmentTried,
            Note,
            FormFields.Moment(At, zone, "at", errors));
        if (errors.Count > 0 && !RelationshipInput.TryBuildCheckIn(request with { At = null }, DateTimeOffset.UnixEpoch, int.MaxValue, out _, out var more))
        {
            FormFields.AddMissing(errors, more);
        }

        return request;
    }
}
