using System.Text.RegularExpressions;

namespace Empathy.Core.Storage.Keys;

/// <summary>
/// Where the journal's key comes from: <see cref="FromPassphrase"/> (derived with PBKDF2-SHA256) or
/// <see cref="FromKey"/> (a random key the app keeps, for example in the platform's key store).
/// </summary>
/// <remarks>
/// A provider is used when a store opens (for example <c>SqliteJournalStore.Open</c>) and when it rotates
/// to a new key, through <see cref="JournalKeyring"/>; the store keeps only the keys it derives, so
/// dispose the provider afterwards to wipe the passphrase or key it holds. Only the two kinds here exist:
/// the class cannot be derived from outside this library. Not thread-safe while being disposed.
/// </remarks>
public abstract partial class JournalKeyProvider : IDisposable
{
    /// <summary>The size of every key, in bytes (AES-256).</summary>
    public const int KeySize = 32;

    private protected JournalKeyProvider()
    {
    }

    /// <summary>A provider that derives the key from a passphrase with PBKDF2-SHA256.</summary>
    /// <param name="passphrase">The owner's passphrase; not empty.</param>
    /// <param name="iterations">PBKDF2 iterations for a new key; at least <see cref="PassphraseKeyProvider.MinimumIterations"/>.</param>
    public static PassphraseKeyProvider FromPassphrase(string passphrase, int iterations = PassphraseKeyProvider.MinimumIterations) =>
        new(passphrase, iterations);

    /// <summary>A provider that uses a key the app supplies.</summary>
    /// <param name="keyId">A name for the key, stored in clear with every entry: 1–64 letters, digits, '.', '_' or '-'.</param>
    /// <param name="key">Exactly <see cref="KeySize"/> random bytes (from a cryptographic random generator); copied.</param>
    public static AppSuppliedKeyProvider FromKey(string keyId, ReadOnlySpan<byte> key) => new(keyId, key);

    /// <summary>How this provider makes keys, as stored in the database ("pbkdf2-sha256", "app-supplied").</summary>
    internal abstract string Method { get; }

    /// <summary>Makes a new key for a new journal or a rotation: what to store in clear, and the master key.</summary>
    internal abstract (StoredJournalKey Parameters, byte[] MasterKey) CreateKey();

    /// <summary>
    /// Re-makes the master key of a journal from what it stored (the check value is compared by the store).
    /// </summary>
    /// <exception cref="WrongJournalKeyException">The stored key was made another way, or has another id.</exception>
    internal abstract byte[] OpenKey(StoredJournalKey stored);

    /// <summary>Wipes the passphrase or key this provider holds.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Wipes secrets; called by <see cref="Dispose()"/>.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    private protected abstract void Dispose(bool disposing);

    /// <summary>Throws when the stored key was not made by this kind of provider.</summary>
    private protected void RequireMethod(StoredJournalKey stored)
    {
        if (stored.Method != Method)
        {
            throw new WrongJournalKeyException(
                $"This journal is encrypted with a key made by '{stored.Method}', but the key provider is '{Method}'. Open it with the same kind of key it was created with (then rotate if you want to change).");
        }
    }

    /// <summary>Whether <paramref name="keyId"/> is a valid key id.</summary>
    internal static bool IsValidKeyId(string? keyId) => keyId is not null && KeyIdPattern().IsMatch(keyId);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyIdPattern();
}
