using System.Collections.Concurrent;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;

namespace Empathy.Samples.Web.Temporary;

/// <summary>
/// TEMPORARY, until the stores implement <see cref="IOwnerVaults"/> (issue-keys-s2): the library's own vault
/// crypto (<see cref="OwnerVaultKeys"/>, <see cref="OwnerVaultRegistry"/>) with the wrapped rows kept in
/// memory, over the in-memory journal and practice store. Deleted once the SQLite store has vault mode.
/// </summary>
internal sealed class StandInVaults(InMemoryJournalStore store) : IOwnerVaults, IDisposable
{
    private readonly ConcurrentDictionary<JournalOwnerId, (StoredOwnerVault Vault, StoredVaultWrapping[] Wrappings)> _rows = new();
    private readonly OwnerVaultRegistry _registry = new();
    private readonly Lock _gate = new();

    public Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default)
    {
        var created = OwnerVaultKeys.Create(owner, secret, withRecoveryKey);
        if (!_rows.TryAdd(owner, (created.Vault, [.. created.Wrappings])))
        {
            created.Unlocked.Dispose();
            throw new OwnerVaultExistsException();
        }

        return Task.FromResult(new OwnerVaultCreation(_registry.Lease(created.Unlocked), created.RecoveryKey));
    }

    public Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default) =>
        Task.FromResult(_registry.Lease(Unlock(owner, secret)));

    public Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default)
    {
        using var unlocked = Unlock(owner, current);
        Replace(owner, OwnerVaultKeys.Wrap(unlocked, replacement));
        return Task.CompletedTask;
    }

    public Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default)
    {
        using var secret = OwnerSecret.FromRecoveryKey(recoveryKey);
        using var unlocked = Unlock(owner, secret);
        var (recovery, issued) = OwnerVaultKeys.WrapNewRecoveryKey(unlocked);
        Replace(owner, OwnerVaultKeys.Wrap(unlocked, replacement), recovery);
        return Task.FromResult(issued);
    }

    public Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The temporary stand-in does not rotate data keys.");

    public async Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        _rows.TryRemove(owner, out _);
        _registry.Close(owner);
        foreach (var entry in (await store.ExportAsync(owner, cancellationToken)).Entries)
        {
            await store.DeleteAsync(owner, entry.Id, cancellationToken);
        }

        var practice = await ((IPracticeStore)store).ExportAsync(owner, cancellationToken);
        await DeleteAllAsync(owner, PracticeKinds.Relationships, practice, cancellationToken);
        await DeleteAllAsync(owner, PracticeKinds.EnergyTanks, practice, cancellationToken);
        await DeleteAllAsync(owner, PracticeKinds.InnerCritics, practice, cancellationToken);
        await DeleteAllAsync(owner, PracticeKinds.BoundaryMaps, practice, cancellationToken);
        await DeleteAllAsync(owner, PracticeKinds.ExerciseResponses, practice, cancellationToken);
        await DeleteAllAsync(owner, PracticeKinds.SelfEmpathyNotes, practice, cancellationToken);
    }

    public void Dispose() => _registry.Dispose();

    private async Task DeleteAllAsync<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeExport export, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var record in export.RecordsOf(kind))
        {
            await ((IPracticeStore)store).DeleteAsync(owner, kind, record.Id, cancellationToken);
        }
    }

    private UnlockedOwnerVault Unlock(JournalOwnerId owner, OwnerSecret secret)
    {
        var found = _rows.TryGetValue(owner, out var rows);
        return OwnerVaultKeys.Open(owner, secret, found ? rows.Vault : null, found ? rows.Wrappings : []);
    }

    private void Replace(JournalOwnerId owner, params StoredVaultWrapping[] replacements)
    {
        lock (_gate)
        {
            var rows = _rows[owner];
            _rows[owner] = rows with { Wrappings = [.. rows.Wrappings.Where(w => replacements.All(r => r.Slot != w.Slot)), .. replacements] };
        }
    }
}
