using System.Security.Cryptography;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;

namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// The one secret of a single-key store (a store opened with a <see cref="JournalKeyProvider"/>, as the
/// console does): every owner's vault key is wrapped by it, so every owner opens automatically.
/// </summary>
/// <remarks>
/// <para>
/// The store keeps the provider's <see cref="StoredJournalKey"/> (salt, iterations, check value; never a key),
/// so a wrong passphrase is refused when the store opens, whether or not any owner exists yet. The secret
/// returned is an app-key <see cref="OwnerSecret"/> named by the stored key's id, derived with HKDF-SHA256 from
/// the provider's master key: one PBKDF2 per store opening, one HKDF per owner.
/// </para>
/// <para>Thread-safe (no state).</para>
/// </remarks>
public static class SingleKeyStoreSecret
{
    /// <summary>A new store key from <paramref name="provider"/>, and the vault secret derived from it.</summary>
    /// <param name="provider">The key's source.</param>
    /// <param name="stored">What the store keeps in clear to check the key again.</param>
    /// <returns>The secret; the caller disposes it.</returns>
    public static OwnerSecret Create(JournalKeyProvider provider, out StoredJournalKey stored)
    {
        using var codec = JournalKeyring.CreateWithVaultWrappingKey(provider, out stored, out var wrappingKey);
        return ToSecret(stored, wrappingKey);
    }

    /// <summary>The vault secret of a stored store key, checked against its check value.</summary>
    /// <param name="provider">The key's source.</param>
    /// <param name="stored">What the store kept.</param>
    /// <returns>The secret; the caller disposes it.</returns>
    /// <exception cref="WrongJournalKeyException">The provider's key is not the stored one.</exception>
    /// <exception cref="JournalKeyTamperedException">The stored record is outside <see cref="StoredKeyLimits"/>.</exception>
    public static OwnerSecret Open(JournalKeyProvider provider, StoredJournalKey stored)
    {
        using var codec = JournalKeyring.OpenWithVaultWrappingKey(provider, stored, out var wrappingKey);
        return ToSecret(stored, wrappingKey);
    }

    /// <summary>
    /// Like <see cref="Open(JournalKeyProvider, StoredJournalKey)"/>, and also returns the codec of the
    /// stored key itself, which sealed every row of a journal from before per-owner keys (for its migration).
    /// </summary>
    /// <param name="provider">The key's source.</param>
    /// <param name="stored">What the store kept.</param>
    /// <param name="journalCodec">The codec of the old single journal key; the caller disposes it.</param>
    public static OwnerSecret Open(JournalKeyProvider provider, StoredJournalKey stored, out AesGcmEntryCodec journalCodec)
    {
        journalCodec = JournalKeyring.OpenWithVaultWrappingKey(provider, stored, out var wrappingKey);
        return ToSecret(stored, wrappingKey);
    }

    private static OwnerSecret ToSecret(StoredJournalKey stored, byte[] wrappingKey)
    {
        try
        {
            return OwnerSecret.FromAppKey(stored.KeyId, wrappingKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrappingKey);
        }
    }
}
