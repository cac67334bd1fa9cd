namespace Empathy.Core.Storage.Vaults;

/// <summary><see cref="IOwnerVaults.CreateAsync"/> was called for an owner who already has a vault; nothing was changed.</summary>
/// <remarks>Only a caller allowed to create the owner's vault (the host) ever sees this, so it reveals nothing new.</remarks>
public sealed class OwnerVaultExistsException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    public OwnerVaultExistsException()
        : base("This owner already has a vault; nothing was changed. Open it with IOwnerVaults.OpenAsync, or erase it first with EraseOwnerAsync.")
    {
    }
}
