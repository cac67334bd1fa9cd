using Empathy.Core.Journal;
using Empathy.Core.Storage.Vaults;

namespace Empathy.Core.Storage.InMemory;

/// <summary>
/// The in-memory journal store in vault mode, for tests and demos of multi-user hosts: the same key
/// crypto as the encrypted stores (<see cref="OwnerVaultKeys"/>, <see cref="OwnerVaultRegistry"/>), the
/// wrapped keys kept in memory, and every journal call refused with <see cref="OwnerVaultLockedException"/>
/// for an owner without an open session. Entries themselves are kept in clear in memory, as by
/// <see cref="InMemoryJournalStore"/>; nothing survives the process.
/// </summary>
/// <remarks>
/// Thread-safe. It lives here rather than as a mode of <see cref="InMemoryJournalStore"/> so that
/// <c>Empathy.Core.Storage</c> does not depend on this namespace, which depends on it.
/// </remarks>
public sealed partial class InMemoryVaultStore : IJournalStore, IOwnerVaults, IDisposable
{
    private readonly Lock _gate = new();
    private readonly OwnerVaultRegistry _vaults = new();
    private readonly Dictionary<JournalOwnerId, StoredOwnerVault> _dataKeys = [];
    private readonly Dictionary<(JournalOwnerId Owner, VaultWrappingSlot Slot), StoredVaultWrapping> _wrappings = [];

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock for <see cref="JournalExport.ExportedAt"/>; the system clock when <see langword="null"/>.</param>
    public InMemoryVaultStore(TimeProvider? timeProvider = null)
    {
        Journal = new InMemoryJournalStore(timeProvider, owner =>
        {
            if (!_vaults.IsOpen(owner))
            {
                throw new OwnerVaultLockedException();
            }
        });
    }

    /// <summary>The entries, behind the vault check (the seam other in-memory record kinds go through).</summary>
    internal InMemoryJournalStore Journal { get; }

    /// <inheritdoc />
    public Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default) => Run(() =>
    {
        cancellationToken.ThrowIfCancellationRequested();
        var created = OwnerVaultKeys.Create(owner, secret, withRecoveryKey);
        lock (_gate)
        {
            if (!_dataKeys.TryAdd(owner, created.Vault))
            {
                created.Unlocked.Dispose();
                throw new OwnerVaultExistsException();
            }

            foreach (var wrapping in created.Wrappings)
            {
                _wrappings[(owner, wrapping.Slot)] = wrapping;
            }
        }

        return new OwnerVaultCreation(_vaults.Lease(created.Unlocked), created.RecoveryKey);
    });

    /// <inheritdoc />
    public Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default) =>
        Run(() => _vaults.Lease(Unlock(owner, secret, cancellationToken)));

    /// <inheritdoc />
    public Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default) => Run(() =>
    {
        RequireWrappingSecret(replacement);
        using var unlocked = Unlock(owner, current, cancellationToken);
        Put(OwnerVaultKeys.Wrap(unlocked, replacement));
        return true;
    });

    /// <inheritdoc />
    public Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(recoveryKey);
        RequireWrappingSecret(replacement);
        using var recovery = OwnerSecret.FromRecoveryKey(recoveryKey);
        using var unlocked = Unlock(owner, recovery, cancellationToken);
        var wrapping = OwnerVaultKeys.Wrap(unlocked, replacement);
        var (recoveryWrapping, next) = OwnerVaultKeys.WrapNewRecoveryKey(unlocked);
        Put(wrapping, recoveryWrapping);
        return next;
    });

    /// <inheritdoc />
    /// <remarks>Entries are kept in clear in memory, so only the data key and its wrapping change.</remarks>
    public Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default) => Run(() =>
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        _vaults.RotateDataKey(session, (_, _, record) =>
        {
            lock (_gate)
            {
                _dataKeys[session.Owner] = _dataKeys.ContainsKey(session.Owner) ? record : throw new OwnerVaultLockedException();
            }
        });
        return true;
    });

    /// <inheritdoc />
    public Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default) => Run(() =>
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _dataKeys.Remove(owner);
            _wrappings.Remove((owner, VaultWrappingSlot.Secret));
            _wrappings.Remove((owner, VaultWrappingSlot.Recovery));
            Journal.EraseOwner(owner);
        }

        _vaults.Close(owner);
        return true;
    });

    /// <inheritdoc />
    public Task AddAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default) => Journal.AddAsync(owner, entry, cancellationToken);

    /// <inheritdoc />
    public Task AddRangeAsync(JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries, CancellationToken cancellationToken = default) => Journal.AddRangeAsync(owner, entries, cancellationToken);

    /// <inheritdoc />
    public Task UpdateAsync(JournalOwnerId owner, JournalEntry entry, CancellationToken cancellationToken = default) => Journal.UpdateAsync(owner, entry, cancellationToken);

    /// <inheritdoc />
    public Task<JournalEntry> GetAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default) => Journal.GetAsync(owner, id, cancellationToken);

    /// <inheritdoc />
    public Task<JournalPage> ListAsync(JournalOwnerId owner, JournalQuery query, CancellationToken cancellationToken = default) => Journal.ListAsync(owner, query, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(JournalOwnerId owner, JournalEntryId id, CancellationToken cancellationToken = default) => Journal.DeleteAsync(owner, id, cancellationToken);

    /// <inheritdoc />
    public Task<JournalExport> ExportAsync(JournalOwnerId owner, CancellationToken cancellationToken = default) => Journal.ExportAsync(owner, cancellationToken);

    /// <inheritdoc />
    public Task<JournalImportResult> ImportAsync(JournalOwnerId owner, JournalExport export, CancellationToken cancellationToken = default) => Journal.ImportAsync(owner, export, cancellationToken);

    /// <summary>Wipes every open owner's keys.</summary>
    public void Dispose() => _vaults.Dispose();

    private UnlockedOwnerVault Unlock(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(secret);
        cancellationToken.ThrowIfCancellationRequested();
        StoredOwnerVault? vault;
        StoredVaultWrapping[] wrappings;
        lock (_gate)
        {
            vault = _dataKeys.GetValueOrDefault(owner);
            wrappings = [.. _wrappings.Where(w => w.Key.Owner == owner).Select(w => w.Value)];
        }

        return OwnerVaultKeys.Open(owner, secret, vault, wrappings);
    }

    private void Put(params StoredVaultWrapping[] wrappings)
    {
        lock (_gate)
        {
            var owner = new JournalOwnerId(wrappings[0].Owner);
            if (!_dataKeys.ContainsKey(owner))
            {
                throw new OwnerVaultLockedException(); // erased meanwhile
            }

            foreach (var wrapping in wrappings)
            {
                _wrappings[(owner, wrapping.Slot)] = wrapping;
            }
        }
    }

    private static void RequireWrappingSecret(OwnerSecret replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        if (replacement.Kind is not (OwnerSecretKind.Passphrase or OwnerSecretKind.AppKey))
        {
            throw new ArgumentException($"The replacement must be a passphrase or an app key, not {replacement.KindInWords}; nothing was changed.", nameof(replacement));
        }
    }

    // Errors come back in the task, as from a store that does real I/O.
    private static Task<T> Run<T>(Func<T> body) => InMemoryJournalStore.Complete(body);
}
