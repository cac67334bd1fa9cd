using Microsoft.Extensions.Logging;

namespace Empathy.Storage.Sqlite;

// The practice records' log messages (event ids 50–59): kinds and ids only, never private text.
internal static partial class SqliteJournalStoreLog
{
    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "Practice record {Record} failed its integrity check and was not returned: {Problem}")]
    public static partial void PracticeRecordTampered(ILogger logger, string record, string problem);

    [LoggerMessage(EventId = 51, Level = LogLevel.Warning, Message = "Write-ahead log checkpoint was held back by another reader; deleted practice record {Record} is not yet erased from disk")]
    public static partial void PracticeCheckpointHeldBack(ILogger logger, string record);
}
