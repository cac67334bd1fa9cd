namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// Per-owner keys: every owner's records are sealed under that owner's own random data key, which is
/// stored only wrapped under the owner's vault key, itself stored only wrapped under the owner's secrets
/// (a passphrase, a recovery key, an app-supplied key). A store that implements this also implements
/// <see cref="IJournalStore"/>; its calls for an owner work only while a session of that owner is open.
/// </summary>
/// <remarks>
/// <para>
/// Two levels, so that a data-key rotation needs no secret (the new data key is wrapped under the vault
/// key, which never changes) and a passphrase change re-encrypts nothing (only the vault key is wrapped again).
/// </para>
/// <para>
/// Nothing here reveals whether an owner exists: a wrong secret and an unknown owner throw the same
/// <see cref="Keys.WrongJournalKeyException"/> with the same message, and a store call for an owner
/// without an open session throws <see cref="OwnerVaultLockedException"/> whether or not they exist.
/// Implementations are thread-safe.
/// </para>
/// </remarks>
public interface IOwnerVaults
{
    /// <summary>Creates the owner's vault: a new random vault key and data key, the vault key wrapped by <paramref name="secret"/>.</summary>
    /// <param name="owner">Whose vault.</param>
    /// <param name="secret">A passphrase or an app-supplied key (not a recovery key or a session key).</param>
    /// <param name="withRecoveryKey">Whether to wrap the vault key under a new recovery key too (returned once, never stored).</param>
    /// <param name="cancellationToken">Cancels the call before anything is written.</param>
    /// <returns>The open session and, when asked for, the recovery key to show the person once.</returns>
    /// <exception cref="OwnerVaultExistsException">The owner already has a vault; nothing was changed.</exception>
    /// <exception cref="ArgumentException">The owner is default, or the secret is of a kind that cannot create a vault.</exception>
    Task<OwnerVaultCreation> CreateAsync(JournalOwnerId owner, OwnerSecret secret, bool withRecoveryKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unwraps the owner's vault key and data key. While the session is not disposed, every call of this
    /// store for the owner works; sessions are leases counted per owner, and the last one disposed wipes the keys from memory.
    /// </summary>
    /// <param name="owner">Whose vault.</param>
    /// <param name="secret">The passphrase, recovery key, app-supplied key or exported session key.</param>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    /// <returns>A new lease on the owner's keys; dispose it when done.</returns>
    /// <exception cref="Keys.WrongJournalKeyException">The secret does not open this owner's vault, or the owner has none (the same message either way).</exception>
    Task<OwnerVaultSession> OpenAsync(JournalOwnerId owner, OwnerSecret secret, CancellationToken cancellationToken = default);

    /// <summary>Wraps the vault key under <paramref name="replacement"/> in place of the owner's passphrase or app key. No record is re-encrypted.</summary>
    /// <param name="owner">Whose vault.</param>
    /// <param name="current">A secret that opens the vault now.</param>
    /// <param name="replacement">The new passphrase or app-supplied key.</param>
    /// <param name="cancellationToken">Cancels the call before anything is written.</param>
    /// <exception cref="Keys.WrongJournalKeyException"><paramref name="current"/> does not open the vault; nothing was changed.</exception>
    /// <exception cref="ArgumentException"><paramref name="replacement"/> is a recovery key or a session key.</exception>
    Task ChangeSecretAsync(JournalOwnerId owner, OwnerSecret current, OwnerSecret replacement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the vault with the recovery key, wraps the vault key under <paramref name="replacement"/> and
    /// issues a new recovery key (returned once); the old recovery key stops working.
    /// </summary>
    /// <param name="owner">Whose vault.</param>
    /// <param name="recoveryKey">The recovery key shown when the vault was created (or last reset).</param>
    /// <param name="replacement">The new passphrase or app-supplied key.</param>
    /// <param name="cancellationToken">Cancels the call before anything is written.</param>
    /// <returns>The new recovery key; show it once, it is not stored.</returns>
    /// <exception cref="Keys.WrongJournalKeyException">The recovery key does not open the vault; nothing was changed.</exception>
    Task<RecoveryKey> ResetWithRecoveryKeyAsync(JournalOwnerId owner, RecoveryKey recoveryKey, OwnerSecret replacement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a new data key for the session's owner and re-encrypts that owner's records only, in one
    /// transaction; the new data key is wrapped under the vault key, so every secret keeps opening the vault.
    /// </summary>
    /// <param name="session">An open session of this store.</param>
    /// <param name="cancellationToken">Cancels the call before the transaction starts.</param>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    /// <exception cref="JournalEntryTamperedException">Records failed their integrity check (all are named); nothing was changed.</exception>
    Task RotateDataKeyAsync(OwnerVaultSession session, CancellationToken cancellationToken = default);

    /// <summary>
    /// Crypto-shredding: deletes the owner's records and every wrapping of their keys in one transaction,
    /// and closes their open sessions. Needs no secret (the host authorises it, and it must work for a
    /// forgotten passphrase). An unknown owner is no error.
    /// </summary>
    /// <param name="owner">Whose data to erase.</param>
    /// <param name="cancellationToken">Cancels the call before anything is written.</param>
    /// <exception cref="OwnerEraseIncompleteException">
    /// The owner is erased, but a store that keeps files (SQLite) could not yet shred the old bytes from disk
    /// because another process held a reader open; the exception says how to finish.
    /// </exception>
    Task EraseOwnerAsync(JournalOwnerId owner, CancellationToken cancellationToken = default);
}
