using Empathy.Core.Storage;
using Empathy.Core.Storage.Vaults;

namespace Empathy.Samples.Web.Tests.Support;

/// <summary>The app's vaults, counting how often a vault is opened from a ticket's session key (the per-request work the cache saves).</summary>
public sealed class CountingVaults(IOwnerVaults inner) : IOwnerVaults
{
    private int _sessionKeyOpens;

    public int SessionKeyOpens => Volatile.Read(ref _sessionKeyOpens);

    public Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default)
    {
        if (secret.Kind == OwnerSecretKind.SessionKey)
        {
            Interlocked.Increment(ref _sessionKeyOpens);
        }

        return inner.OpenAsync(owner, secret, cancellationToken);
    }

    public Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default) => inner.CreateAsync(owner, secret, withRecoveryKey, cancellationToken);

    public Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default) => inner.ChangeSecretAsync(owner, current, replacement, cancellationToken);

    public Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default) => inner.ResetWithRecoveryKeyAsync(owner, recoveryKey, replacement, cancellationToken);

    public Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default) => inner.RotateDataKeyAsync(session, cancellationToken);

    public Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default) => inner.EraseOwnerAsync(owner, cancellationToken);
}
