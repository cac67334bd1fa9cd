namespace Empathy.Core.Storage.Vaults;

/// <summary>A vault made by <see cref="OwnerVaultKeys.Create"/>: what to store, the keys in memory, and the recovery key to show once.</summary>
/// <param name="Vault">The data key record to store.</param>
/// <param name="Wrappings">The vault key wrappings to store (the secret's, and the recovery key's when asked for).</param>
/// <param name="Unlocked">The keys in memory; the caller owns them.</param>
/// <param name="RecoveryKey">The recovery key, or <see langword="null"/>.</param>
public sealed record CreatedOwnerVault(StoredOwnerVault Vault, IReadOnlyList<StoredVaultWrapping> Wrappings, UnlockedOwnerVault Unlocked, RecoveryKey? RecoveryKey);
