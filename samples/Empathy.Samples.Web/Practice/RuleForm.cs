using Empathy.Core.Boundaries;

namespace Empathy.Samples.Web.Practice;

/// <summary>The IF-THEN rule form's fields, as typed.</summary>
public sealed class RuleForm
{
    /// <summary>The IF clause.</summary>
    public string? Behaviour { get; set; }

    /// <summary>The THEN clause.</summary>
    public string? Consequence { get; set; }

    /// <summary>When it applies, in words.</summary>
    public string? Timeframe { get; set; }

    /// <summary>The last day it holds (<c>yyyy-MM-dd</c>, to the end of that day in <see cref="TimeZone"/>).</summary>
    public string? Deadline { get; set; }

    /// <summary>Whether it is in force (a check box: unticked sends nothing, so the default is false).</summary>
    public bool IsActive { get; set; }

    /// <summary>Other phrases that count as the behaviour, one per line.</summary>
    public string? MatchPhrases { get; set; }

    /// <summary>The IANA id of the zone the time is typed in ("Europe/Madrid"); empty for UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The request these fields describe (a date that is not one adds an error; then the other fields' errors are added too).</summary>
    public RuleRequest ToRequest(TimeZoneInfo zone, Dictionary<string, string[]> errors)
    {
        var request = new RuleRequest(Behaviour, Consequence, Timeframe, FormFields.Moment(Deadline, zone, "deadline", errors, endOfDay: true), IsActive, FormFields.Lines(MatchPhrases));
        if (errors.Count > 0 && !RuleInput.TryBuild(request, out _, out var more))
        {
            FormFields.AddMissing(errors, more);
        }

        return request;
    }

    /// <summary>A new rule's form: active.</summary>
    public static RuleForm New() => new() { IsActive = true };

    /// <summary>The form filled from a saved rule.</summary>
    public static RuleForm From(IfThenRule rule, TimeZoneInfo zone) => new()
    {
        Behaviour = rule.Behaviour,
        Consequence = rule.Consequence,
        Timeframe = rule.Timeframe,
        Deadline = rule.Deadline is { } deadline ? FormFields.DateField(deadline, zone) : null,
        IsActive = rule.IsActive,
        MatchPhrases = string.Join('\n', rule.MatchPhrases),
    };
}
