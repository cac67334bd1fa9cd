using Empathy.Core.Storage.Practice;

namespace Empathy.Core.Storage.InMemory;

// The practice records of the in-memory vault store: the same records as InMemoryJournalStore keeps, behind the
// same vault check, so a host tested against this store finds practice calls refused without an open session too.
public sealed partial class InMemoryVaultStore : IPracticeStore
{
    private IPracticeStore Practice => Journal;

    /// <inheritdoc />
    public Task AddAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class => Practice.AddAsync(owner, kind, record, cancellationToken);

    /// <inheritdoc />
    public Task UpdateAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellationToken = default)
        where T : class => Practice.UpdateAsync(owner, kind, record, cancellationToken);

    /// <inheritdoc />
    public Task<PracticeRecord<T>> GetAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecordId id, CancellationToken cancellationToken = default)
        where T : class => Practice.GetAsync(owner, kind, id, cancellationToken);

    /// <inheritdoc />
    public Task<PracticePage<T>> ListAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeQuery query, CancellationToken cancellationToken = default)
        where T : class => Practice.ListAsync(owner, kind, query, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(JournalOwnerId owner, PracticeKind kind, PracticeRecordId id, CancellationToken cancellationToken = default) =>
        Practice.DeleteAsync(owner, kind, id, cancellationToken);

    /// <inheritdoc />
    Task<PracticeExport> IPracticeStore.ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken) =>
        Practice.ExportAsync(owner, cancellationToken);

    /// <inheritdoc />
    Task<PracticeImportResult> IPracticeStore.ImportAsync(JournalOwnerId owner, PracticeExport export, CancellationToken cancellationToken) =>
        Practice.ImportAsync(owner, export, cancellationToken);
}
