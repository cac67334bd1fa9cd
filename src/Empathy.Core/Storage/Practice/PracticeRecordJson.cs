namespace Empathy.Core.Storage.Practice;

/// <summary>The JSON envelope of one practice record (id, time, schema version, model), as sealed and as exported.</summary>
internal static class PracticeRecordJson
{
    /// <summary>The envelope property that holds the kind's schema version.</summary>
    public const string VersionProperty = "schemaVersion";
}
