using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Vaults;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// One call's view of an owner's data-key codec in vault mode. A call awaits the server between its uses of
/// the codec, and the registry's lock cannot be held across an await, so each use takes the owner's shared lock
/// for itself and checks that the key is still the one the call began with (and holds the row lock of):
/// a rotation or an erasure in between makes the use throw instead of sealing with a wiped or newer key.
/// </summary>
/// <param name="vaults">The store's open owners.</param>
/// <param name="owner">Whose codec.</param>
/// <param name="keyId">The data key the call works under.</param>
internal sealed class VaultEntryCodec(OwnerVaultRegistry vaults, JournalOwnerId owner, string keyId) : IEntryCodec
{
    public string KeyId => keyId;

    /// <summary>The codec of <paramref name="owner"/>'s data key as it is open now.</summary>
    /// <exception cref="OwnerVaultLockedException">The owner has no open session here.</exception>
    public static VaultEntryCodec Current(OwnerVaultRegistry vaults, JournalOwnerId owner) => new(vaults, owner, vaults.Use(owner, codec => codec.KeyId));

    public byte[] Seal(ReadOnlySpan<byte> plaintext, EntryAddress address)
    {
        var copy = plaintext.ToArray();
        return Use(codec => codec.Seal(copy, address));
    }

    public bool TryOpen(ReadOnlySpan<byte> sealedData, EntryAddress address, out byte[] plaintext)
    {
        var copy = sealedData.ToArray();
        var (opened, result) = Use(codec => (codec.TryOpen(copy, address, out var p), p));
        plaintext = result;
        return opened;
    }

    public byte[] HashTag(string owner1, string tag) => Use(codec => codec.HashTag(owner1, tag));

    public byte[] Fingerprint(ReadOnlySpan<byte> data)
    {
        var copy = data.ToArray();
        return Use(codec => codec.Fingerprint(copy));
    }

    /// <summary>Nothing to wipe: the keys belong to the registry.</summary>
    public void Dispose()
    {
    }

    private T Use<T>(Func<IEntryCodec, T> use) =>
        vaults.Use(owner, codec => codec.KeyId == keyId ? use(codec) : throw new DataKeyChangedException());
}
