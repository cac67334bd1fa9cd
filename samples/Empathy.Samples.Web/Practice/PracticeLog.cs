namespace Empathy.Samples.Web.Practice;

/// <summary>The keepers' log lines: kinds, record ids and field names only, never what the person wrote.</summary>
internal static partial class PracticeLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Practice record {Kind} {RecordId}: {Change}.")]
    public static partial void Changed(ILogger logger, string kind, string recordId, string change);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Practice change to {Kind} refused; fields with problems: {Fields}.")]
    public static partial void Refused(ILogger logger, string kind, string fields);

    /// <summary>Logs the outcome of a change and hands it back.</summary>
    public static PracticeOutcome<T> Outcome<T>(ILogger logger, string kind, PracticeOutcome<T> outcome, Func<T, string> id, string change)
        where T : class
    {
        if (outcome.Value is { } value)
        {
            Changed(logger, kind, id(value), change);
        }
        else if (outcome.Errors is { } errors)
        {
            Refused(logger, kind, string.Join(", ", errors.Keys));
        }

        return outcome;
    }
}
