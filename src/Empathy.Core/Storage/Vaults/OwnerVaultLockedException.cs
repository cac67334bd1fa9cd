namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// A store call named an owner whose vault has no open session in this store. Thrown the same way for an
/// owner who does not exist, so it reveals nothing; open a session with <see cref="IOwnerVaults.OpenAsync"/> first.
/// Nothing was read or written.
/// </summary>
public sealed class OwnerVaultLockedException : JournalStoreException
{
    /// <summary>The message every such error carries (it names nobody).</summary>
    public const string DefaultMessage = "This owner's vault is not open in this store, so nothing was read or written. Open it with IOwnerVaults.OpenAsync (or create it with CreateAsync) and keep the session until done.";

    /// <summary>Creates the exception with <see cref="DefaultMessage"/>.</summary>
    public OwnerVaultLockedException()
        : base(DefaultMessage)
    {
    }
}
