using Empathy.Core.Utils;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// An add named a kind and id the owner already has. Ids are unique per owner and kind; another owner's
/// record with the same id is no conflict and is never revealed.
/// </summary>
public sealed class DuplicatePracticeRecordException : JournalStoreException
{
    /// <summary>Creates the exception for <paramref name="recordId"/> of <paramref name="kindName"/>.</summary>
    /// <param name="kindName">The kind of the record (<see cref="PracticeKind.Name"/>).</param>
    /// <param name="recordId">The id that already exists.</param>
    public DuplicatePracticeRecordException(string kindName, PracticeRecordId recordId)
        : base($"{Articles.CapitalA(kindName)} record with id {recordId} already exists for this owner. Use UpdateAsync to change it, or give the new record a new id (PracticeRecordId.New()).")
    {
        KindName = kindName;
        RecordId = recordId;
    }

    /// <summary>The kind of the record (<see cref="PracticeKind.Name"/>).</summary>
    public string KindName { get; }

    /// <summary>The id that already exists.</summary>
    public PracticeRecordId RecordId { get; }
}
