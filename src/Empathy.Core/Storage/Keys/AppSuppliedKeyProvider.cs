using System.Security.Cryptography;

namespace Empathy.Core.Storage.Keys;

/// <summary>
/// Uses a 256-bit key the app supplies and keeps (for example in the platform's key store), named by a
/// key id. The database stores the id and a key check value, so the wrong key is refused with
/// <see cref="WrongJournalKeyException"/>.
/// </summary>
/// <remarks>The key is copied; <see cref="JournalKeyProvider.Dispose()"/> wipes the copy.</remarks>
public sealed class AppSuppliedKeyProvider : JournalKeyProvider
{
    internal const string MethodName = "app-supplied";

    private readonly byte[] _key;
    private bool _disposed;

    /// <summary>Creates a provider for <paramref name="key"/>.</summary>
    /// <param name="keyId">A name for the key, stored in clear: 1–64 letters, digits, '.', '_' or '-'.</param>
    /// <param name="key">Exactly <see cref="JournalKeyProvider.KeySize"/> random bytes; copied.</param>
    /// <exception cref="ArgumentException">The key id is not valid, or the key is not 32 bytes, or all zero.</exception>
    public AppSuppliedKeyProvider(string keyId, ReadOnlySpan<byte> key)
    {
        if (!IsValidKeyId(keyId))
        {
            throw new ArgumentException("A key id must be 1 to 64 letters, digits, '.', '_' or '-'.", nameof(keyId));
        }

        if (key.Length != KeySize)
        {
            throw new ArgumentException($"The key must be exactly {KeySize} bytes (AES-256); it is {key.Length}.", nameof(key));
        }

        if (!key.ContainsAnyExcept((byte)0))
        {
            throw new ArgumentException("The key is all zero bytes: supply random bytes, for example from RandomNumberGenerator.GetBytes(32).", nameof(key));
        }

        KeyId = keyId;
        _key = key.ToArray();
    }

    /// <summary>The key's name, as stored beside every entry it encrypts.</summary>
    public string KeyId { get; }

    internal override string Method => MethodName;

    internal override (StoredJournalKey Parameters, byte[] MasterKey) CreateKey()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return (new StoredJournalKey(KeyId, Method, null, 0, []), _key.ToArray());
    }

    internal override byte[] OpenKey(StoredJournalKey stored)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        RequireMethod(stored);
        if (stored.KeyId != KeyId)
        {
            throw new WrongJournalKeyException(
                $"This journal is encrypted with the key '{stored.KeyId}', but the key provider supplies '{KeyId}'. Supply key '{stored.KeyId}' to open it (then rotate if you want the new key).");
        }

        return _key.ToArray();
    }

    private protected override void Dispose(bool disposing)
    {
        CryptographicOperations.ZeroMemory(_key);
        _disposed = true;
    }
}
