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
        ArgumentNullException.ThrowIfNull(provider);
        var (parameters, masterKey) = provider.CreateKey();
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
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(stored);
        StoredKeyLimits.Require(stored);
        var keys = EntryKeys.DeriveAndWipe(stored.KeyId, provider.OpenKey(stored));
        if (!keys.Matches(stored.CheckValue))
        {
            keys.Dispose();
            throw new WrongJournalKeyException(provider is PassphraseKeyProvider
                ? "The passphrase does not open this journal. Nothing was read or changed; try again with the right passphrase."
                : $"The key supplied as '{stored.KeyId}' does not open this journal (its key check value differs). Nothing was read or changed.");
        }

        return new AesGcmEntryCodec(keys);
    }
}
