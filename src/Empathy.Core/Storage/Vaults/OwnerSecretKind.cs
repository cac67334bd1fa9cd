namespace Empathy.Core.Storage.Vaults;

/// <summary>The kinds of <see cref="OwnerSecret"/>.</summary>
public enum OwnerSecretKind
{
    /// <summary>A passphrase: the key that wraps the vault key is derived with PBKDF2-SHA256.</summary>
    Passphrase,

    /// <summary>A recovery key (256 random bits shown once).</summary>
    RecoveryKey,

    /// <summary>A 256-bit key the app keeps, for example in the platform's key store.</summary>
    AppKey,

    /// <summary>An exported session key (the vault key itself): opens the data key directly.</summary>
    SessionKey,
}
