using Microsoft.Extensions.Logging;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// Every log line the PostgreSQL store writes (source-generated). They name entry ids, key ids, schema
/// versions and counts, never private text, never an owner id and never the connection string.
/// </summary>
internal static partial class PostgreSqlJournalStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Journal entry {EntryId} failed its integrity check and was not returned: {Problem}")]
    public static partial void EntryTampered(ILogger logger, string entryId, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Count} journal row(s) have an id column that is not an entry id (changed outside the library) and were left out")]
    public static partial void RowsUnreadable(ILogger logger, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "An owner's row set does not match its digest: {Expected} entries written, {Found} found")]
    public static partial void RowSetMismatch(ILogger logger, long expected, long found);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Store schema migrated from version {FromVersion} to {ToVersion}")]
    public static partial void SchemaMigrated(ILogger logger, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "New journal key {KeyId} created")]
    public static partial void KeyCreated(ILogger logger, string keyId);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "An owner's vault was created with data key {DataKeyId} (recovery key issued: {WithRecoveryKey})")]
    public static partial void VaultCreated(ILogger logger, string dataKeyId, bool withRecoveryKey);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "An owner's vault key was wrapped under a new {Kind}")]
    public static partial void VaultSecretChanged(ILogger logger, Empathy.Core.Storage.Vaults.OwnerSecretKind kind);

    [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "An owner's vault was reset with their recovery key, and a new recovery key issued")]
    public static partial void VaultReset(ILogger logger);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "An owner's data key {OldKeyId} was rotated to {NewKeyId}; their records were re-sealed")]
    public static partial void KeyRotated(ILogger logger, string oldKeyId, string newKeyId);

    [LoggerMessage(EventId = 16, Level = LogLevel.Information, Message = "An owner was erased: their records and every wrapping of their keys were deleted")]
    public static partial void OwnerErased(ILogger logger);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "An owner's data key changed to {NewKeyId} under a call (a rotation, usually on another instance); it was opened here and the call repeated")]
    public static partial void DataKeyChangedElsewhere(ILogger logger, string newKeyId);

    [LoggerMessage(EventId = 18, Level = LogLevel.Information, Message = "An owner's vault was erased or made anew by another instance; their sessions here ended")]
    public static partial void VaultGoneElsewhere(ILogger logger);

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "The database server failed a call (transient {IsTransient}, outcome unknown {OutcomeUnknown})")]
    public static partial void ServerFault(ILogger logger, bool isTransient, bool outcomeUnknown, Exception error);
}
