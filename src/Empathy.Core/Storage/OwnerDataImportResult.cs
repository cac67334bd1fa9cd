namespace Empathy.Core.Storage;

/// <summary>What <see cref="Empathy.Core.Storage.Practice.PracticeStoreExtensions.ImportOwnerDataAsync"/> did, for the journal and the practice records.</summary>
/// <param name="Journal">The journal's import.</param>
/// <param name="Practice">The practice records' import.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OwnerDataImportResult(JournalImportResult Journal, PracticeImportResult Practice)
{
    /// <summary>Entries and records that were new and were added.</summary>
    public int Added => Journal.Added + Practice.Added;

    /// <summary>Entries and records the owner already had, left as they were.</summary>
    public int AlreadyPresent => Journal.AlreadyPresent + Practice.AlreadyPresent;
}
