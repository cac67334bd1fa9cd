namespace Empathy.Core.Storage.Practice;

/// <summary>
/// No record of the kind with the id exists for the owner named in the call. A record that belongs to
/// another owner is reported the same way, so a caller learns nothing about other people's records.
/// </summary>
public sealed class PracticeRecordNotFoundException : JournalStoreException
{
    /// <summary>Creates the exception for <paramref name="recordId"/> of <paramref name="kindName"/>.</summary>
    /// <param name="kindName">The kind asked for (<see cref="PracticeKind.Name"/>).</param>
    /// <param name="recordId">The id asked for.</param>
    public PracticeRecordNotFoundException(string kindName, PracticeRecordId recordId)
        : base($"No {kindName} record with id {recordId} exists for this owner.")
    {
        KindName = kindName;
        RecordId = recordId;
    }

    /// <summary>The kind asked for (<see cref="PracticeKind.Name"/>).</summary>
    public string KindName { get; }

    /// <summary>The id asked for.</summary>
    public PracticeRecordId RecordId { get; }
}
