namespace Empathy.Core.Storage.Vaults;

/// <summary>The two ways into a vault a store keeps per owner: one row each.</summary>
public enum VaultWrappingSlot
{
    /// <summary>The owner's passphrase or app-supplied key (changed with <see cref="IOwnerVaults.ChangeSecretAsync"/>).</summary>
    Secret,

    /// <summary>The owner's recovery key (replaced with <see cref="IOwnerVaults.ResetWithRecoveryKeyAsync"/>).</summary>
    Recovery,
}
