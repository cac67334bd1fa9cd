namespace Empathy.Core.Storage.Vaults;

/// <summary>What <see cref="IOwnerVaults.CreateAsync"/> returns: the open session and the recovery key, if one was asked for.</summary>
/// <param name="Session">The open session of the new vault; dispose it when done.</param>
/// <param name="RecoveryKey">The recovery key to show the person once (it is not stored); <see langword="null"/> when none was asked for.</param>
/// <remarks>Immutable.</remarks>
public sealed record OwnerVaultCreation(OwnerVaultSession Session, RecoveryKey? RecoveryKey);
