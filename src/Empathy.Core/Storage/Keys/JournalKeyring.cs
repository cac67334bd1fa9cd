using System.Security.Cryptography;
using System.Text;
using Empathy.Core.Storage.Encryption;

namespace Empathy.Core.Storage.Keys;

/// <summary>
/// Turns a <see cref="JournalKeyProvider"/> into the codec an encrypted store seals with: a new key for a
/// new store or a rotation (<see cref="Create"/>), or the key of an existing store checked against what it
/// stored (<see cref="Open"/>). Every encrypted store uses these two steps, so none of them handles a raw key.
/// </summary>
/// <remarks>Thread-safe. Deriving from a passphrase is deliberately slow (PBKDF2).</remarks>
public static class JournalKeyring
{
    /// <summary>Makes a new key from <paramref name="provider"/>.</summary>
    /// <param name="provider">The key's source.</param>
    /// <param name="stored">What the store must keep in clear to open the key again.</param>
    /// <returns>The codec; the caller owns and disposes it.</returns>
    /// <exception cref="ObjectDisposedException">The provider was disposed.</exception>
    public static AesGcmEntryCodec Create(JournalKeyProvider provider, out StoredJournalKey stored)
    {
        var codec = CreateWithVaultWrappingKey(provider, out stored, out var wrappingKey);
        CryptographicOperations.ZeroMemory(wrappingKey);
        return codec;
    }

    /// <summary>
    /// Like <see cref="Create(JournalKeyProvider, out StoredJournalKey)"/>, and also derives from the same master key the key that
    /// wraps the owners' vault keys of a single-key store (so each owner opens with one HKDF, not one PBKDF2).
    /// </summary>
    internal static AesGcmEntryCodec CreateWithVaultWrappingKey(JournalKeyProvider provider, out StoredJournalKey stored, out byte[] vaultWrappingKey)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var (parameters, masterKey) = provider.CreateKey();
        vaultWrappingKey = VaultWrappingKey(masterKey);
        var keys = EntryKeys.DeriveAndWipe(parameters.KeyId, masterKey);
        stored = parameters with { CheckValue = keys.CheckValue.ToArray() };
        return new AesGcmEntryCodec(keys);
    }

    /// <summary>Re-makes a stored key from <paramref name="provider"/> and checks it against the stored check value.</summary>
    /// <param name="provider">The key's source.</param>
    /// <param name="stored">What the store kept.</param>
    /// <returns>The codec; the caller owns and disposes it.</returns>
    /// <exception cref="WrongJournalKeyException">The provider's key is not the stored one (wrong passphrase or key, another kind or id of key).</exception>
    /// <exception cref="JournalKeyTamperedException">The stored record is outside <see cref="StoredKeyLimits"/>; nothing was derived.</exception>
    /// <exception cref="ObjectDisposedException">The provider was disposed.</exception>
    public static AesGcmEntryCodec Open(JournalKeyProvider provider, StoredJournalKey stored)
    {
        var codec = OpenWithVaultWrappingKey(provider, stored, out var wrappingKey);
        CryptographicOperations.ZeroMemory(wrappingKey);
        return codec;
    }

    /// <summary>Like <see cref="Open(JournalKeyProvider, StoredJournalKey)"/>, and also derives the single-key store's vault wrapping key.</summary>
    internal static AesGcmEntryCodec OpenWithVaultWrappingKey(JournalKeyProvider provider, StoredJournalKey stored, out byte[] vaultWrappingKey)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(stored);
        StoredKeyLimits.Require(stored);
        var masterKey = provider.OpenKey(stored);
        vaultWrappingKey = VaultWrappingKey(masterKey);
        var keys = EntryKeys.DeriveAndWipe(stored.KeyId, masterKey);
        if (!keys.Matches(stored.CheckValue))
        {
            CryptographicOperations.ZeroMemory(vaultWrappingKey);
            keys.Dispose();
            throw new WrongJournalKeyException(provider is PassphraseKeyProvider
                ? "The passphrase does not open this journal. Nothing was read or changed; try again with the right passphrase."
                : $"The key supplied as '{stored.KeyId}' does not open this journal (its key check value differs). Nothing was read or changed.");
        }

        return new AesGcmEntryCodec(keys);
    }

    private static readonly byte[] VaultWrappingInfo = Encoding.ASCII.GetBytes("Empathy.Storage single-key vault wrapping v1");

    private static byte[] VaultWrappingKey(byte[] masterKey)
    {
        var output = new byte[JournalKeyProvider.KeySize];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, output, salt: [], VaultWrappingInfo);
        return output;
    }
}
