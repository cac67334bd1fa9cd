using System.Security.Cryptography;
using Empathy.Core.Storage.Encryption;

namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// An owner's keys in memory: the vault key and the codec of the data key. Made by <see cref="OwnerVaultKeys"/>
/// and handed to <see cref="OwnerVaultRegistry.Lease"/>, which owns it from then on; a store never reads the keys.
/// </summary>
/// <remarks>Dispose it (when it was not handed to a registry) to wipe both keys.</remarks>
public sealed class UnlockedOwnerVault : IDisposable
{
    private readonly byte[] _vaultKey;

    internal UnlockedOwnerVault(JournalOwnerId owner, byte[] vaultKey, AesGcmEntryCodec codec)
    {
        Owner = owner;
        _vaultKey = vaultKey;
        Codec = codec;
    }

    /// <summary>Whose keys.</summary>
    public JournalOwnerId Owner { get; }

    /// <summary>The id of the data key.</summary>
    public string DataKeyId => Codec.KeyId;

    internal ReadOnlySpan<byte> VaultKey => _vaultKey;

    /// <summary>The codec of the data key, for the store that seals the owner's records (never expose it further).</summary>
    public AesGcmEntryCodec Codec { get; private set; }

    /// <summary>Puts <paramref name="codec"/> in place of the data key's codec and wipes the old one (after a rotation).</summary>
    internal void ReplaceCodec(AesGcmEntryCodec codec)
    {
        var old = Codec;
        Codec = codec;
        old.Dispose();
    }

    /// <summary>Wipes the vault key and the data key.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_vaultKey);
        Codec.Dispose();
    }
}
