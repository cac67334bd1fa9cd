using Microsoft.Extensions.Logging;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// Every log line the SQLite store writes (source-generated). They name entry ids, key ids and counts,
/// never private text, never an owner id and never a path (both can identify a person).
/// </summary>
internal static partial class SqliteJournalStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Journal entry {EntryId} failed its integrity check and was not returned: {Problem}")]
    public static partial void EntryTampered(ILogger logger, string entryId, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Count} journal row(s) have an id column that is not an entry id (changed outside the library) and were left out")]
    public static partial void RowsUnreadable(ILogger logger, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "An owner's row set does not match its digest: {Expected} entries written, {Found} found, tag index present {TagIndexPresent}")]
    public static partial void RowSetMismatch(ILogger logger, long expected, long found, bool tagIndexPresent);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "An owner's current {Count} entries were accepted as their journal; the row set digest was recomputed")]
    public static partial void RowSetAccepted(ILogger logger, long count);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Journal layout migrated in place from {FromLayout} to {ToLayout}")]
    public static partial void LayoutMigrated(ILogger logger, string fromLayout, string toLayout);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Journal key rotated from {OldKeyId} to {NewKeyId}")]
    public static partial void KeyRotated(ILogger logger, string oldKeyId, string newKeyId);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Journal key rotation to {NewKeyId} was stopped; nothing was changed")]
    public static partial void KeyRotationStopped(ILogger logger, string newKeyId, Exception error);

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Write-ahead log checkpointed and truncated")]
    public static partial void Checkpointed(ILogger logger);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Write-ahead log checkpoint was held back by another reader; deleted entry {EntryId} is not yet erased from disk")]
    public static partial void CheckpointHeldBack(ILogger logger, string entryId);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Write-ahead log checkpoint was held back by another reader")]
    public static partial void CheckpointIncomplete(ILogger logger);

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "An owner's vault was created with data key {DataKeyId} (recovery key issued: {WithRecoveryKey})")]
    public static partial void VaultCreated(ILogger logger, string dataKeyId, bool withRecoveryKey);

    [LoggerMessage(EventId = 31, Level = LogLevel.Information, Message = "An owner's vault key was wrapped under a new {Kind} secret; no record was re-encrypted")]
    public static partial void VaultSecretChanged(ILogger logger, string kind);

    [LoggerMessage(EventId = 32, Level = LogLevel.Information, Message = "An owner's vault was reset with their recovery key; a new recovery key was issued")]
    public static partial void VaultReset(ILogger logger);

    [LoggerMessage(EventId = 33, Level = LogLevel.Information, Message = "An owner's records and keys were erased")]
    public static partial void OwnerErased(ILogger logger);

    [LoggerMessage(EventId = 34, Level = LogLevel.Information, Message = "Journal migrated to per-owner keys: {Owners} owner(s), {Entries} entries re-encrypted")]
    public static partial void MigratedToVaults(ILogger logger, int owners, long entries);
}
