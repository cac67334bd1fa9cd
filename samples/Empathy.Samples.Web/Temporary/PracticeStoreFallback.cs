using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Storage.Sqlite;

namespace Empathy.Samples.Web.Temporary;

/// <summary>
/// TEMPORARY, only while this branch has the SQLite vault mode (issue-keys-s2) but not yet the SQLite
/// practice tables (issue-practice-s2; the two branches conflict in the store and the lead merges them):
/// when the SQLite store is not an <see cref="IPracticeStore"/>, practice records live in memory, and erasing
/// an owner erases them there too. Once the store implements <see cref="IPracticeStore"/>, <see cref="Resolve"/>
/// returns it and this wrapper passes every call straight through.
/// </summary>
internal sealed class PracticeStoreFallback(SqliteJournalStore sqlite, TimeProvider time) : IOwnerVaults
{
    private readonly InMemoryJournalStore? _memory = (object)sqlite is IPracticeStore ? null : new InMemoryJournalStore(time);

    /// <summary>The practice store to use.</summary>
    public IPracticeStore Resolve() => (object)sqlite as IPracticeStore ?? _memory!;

    public Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default) =>
        sqlite.CreateAsync(owner, secret, withRecoveryKey, cancellationToken);

    public Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default) =>
        sqlite.OpenAsync(owner, secret, cancellationToken);

    public Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default) =>
        sqlite.ChangeSecretAsync(owner, current, replacement, cancellationToken);

    public Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default) =>
        sqlite.ResetWithRecoveryKeyAsync(owner, recoveryKey, replacement, cancellationToken);

    public Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default) =>
        sqlite.RotateDataKeyAsync(session, cancellationToken);

    public async Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        await sqlite.EraseOwnerAsync(owner, cancellationToken);
        if (_memory is not null)
        {
            var practice = await ((IPracticeStore)_memory).ExportAsync(owner, cancellationToken);
            await DeleteAllAsync(owner, PracticeKinds.Relationships, practice, cancellationToken);
            await DeleteAllAsync(owner, PracticeKinds.EnergyTanks, practice, cancellationToken);
            await DeleteAllAsync(owner, PracticeKinds.InnerCritics, practice, cancellationToken);
            await DeleteAllAsync(owner, PracticeKinds.BoundaryMaps, practice, cancellationToken);
            await DeleteAllAsync(owner, PracticeKinds.ExerciseResponses, practice, cancellationToken);
            await DeleteAllAsync(owner, PracticeKinds.SelfEmpathyNotes, practice, cancellationToken);
        }
    }

    private async Task DeleteAllAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeExport export, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var record in export.RecordsOf(kind))
        {
            await ((IPracticeStore)_memory!).DeleteAsync(owner, kind, record.Id, cancellationToken);
        }
    }
}
