using System.Security.Cryptography;
using System.Text;
using Empathy.Core.Storage.Keys;

namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// A secret that opens (or wraps) an owner's vault key: a passphrase, a recovery key, an app-supplied
/// key, or a session key exported from an open session.
/// </summary>
/// <remarks>
/// Holds a copy of what it was made from (a passphrase as Unicode form C UTF-8 bytes) until
/// <see cref="Dispose"/> wipes it; dispose it as soon as the call that needed it returns. Not thread-safe
/// while being disposed; otherwise only read.
/// </remarks>
public sealed class OwnerSecret : IDisposable
{
    /// <summary>The size of every key (app key, session key, recovery key), in bytes.</summary>
    public const int KeySize = 32;

    private readonly byte[] _material;
    private bool _disposed;

    private OwnerSecret(OwnerSecretKind kind, byte[] material, int iterations, string? keyId)
    {
        Kind = kind;
        _material = material;
        Iterations = iterations;
        KeyId = keyId;
    }

    /// <summary>What kind of secret this is.</summary>
    public OwnerSecretKind Kind { get; }

    /// <summary>For a passphrase: the PBKDF2 iterations used when it wraps a vault key (opening uses the stored count); 0 otherwise.</summary>
    public int Iterations { get; }

    /// <summary>For an app-supplied key: its name, stored in clear with the wrapping; <see langword="null"/> otherwise.</summary>
    public string? KeyId { get; }

    /// <summary>A passphrase.</summary>
    /// <param name="passphrase">Not empty or only white space.</param>
    /// <param name="iterations">PBKDF2-SHA256 iterations when it wraps a vault key: at least <see cref="PassphraseKeyProvider.MinimumIterations"/>, at most <see cref="StoredKeyLimits.MaximumIterations"/>.</param>
    /// <exception cref="ArgumentException">The passphrase is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The iteration count is out of range.</exception>
    public static OwnerSecret FromPassphrase(string passphrase, int iterations = PassphraseKeyProvider.MinimumIterations) =>
        Passphrase(passphrase, iterations, PassphraseKeyProvider.MinimumIterations);

    /// <summary>A recovery key.</summary>
    /// <param name="recoveryKey">The key as shown to the person (parse it with <see cref="RecoveryKey.Parse"/>).</param>
    public static OwnerSecret FromRecoveryKey(RecoveryKey recoveryKey)
    {
        ArgumentNullException.ThrowIfNull(recoveryKey);
        return new OwnerSecret(OwnerSecretKind.RecoveryKey, recoveryKey.CopyBytes(), 0, null);
    }

    /// <summary>A key the app supplies and keeps.</summary>
    /// <param name="keyId">A name for the key, stored in clear: 1–64 letters, digits, '.', '_' or '-'.</param>
    /// <param name="key">Exactly <see cref="KeySize"/> random bytes; copied.</param>
    /// <exception cref="ArgumentException">The key id is invalid, or the key is not 32 bytes or all zero.</exception>
    public static OwnerSecret FromAppKey(string keyId, ReadOnlySpan<byte> key)
    {
        if (!JournalKeyProvider.IsValidKeyId(keyId))
        {
            throw new ArgumentException("A key id must be 1 to 64 letters, digits, '.', '_' or '-'.", nameof(keyId));
        }

        return new OwnerSecret(OwnerSecretKind.AppKey, RequireKey(key, nameof(key)), 0, keyId);
    }

    /// <summary>A session key exported with <see cref="OwnerVaultSession.ExportSessionKey"/>: it must unwrap the stored data key.</summary>
    /// <param name="sessionKey">Exactly <see cref="KeySize"/> bytes; copied.</param>
    /// <exception cref="ArgumentException">The key is not 32 bytes, or all zero.</exception>
    public static OwnerSecret FromSessionKey(ReadOnlySpan<byte> sessionKey) =>
        new(OwnerSecretKind.SessionKey, RequireKey(sessionKey, nameof(sessionKey)), 0, null);

    /// <summary>TEST HOOK ONLY: a passphrase that wraps with fewer iterations than the minimum, so tests run fast.</summary>
    internal static OwnerSecret FromPassphraseWithIterationsBelowMinimumForTesting(string passphrase, int iterations) =>
        Passphrase(passphrase, iterations, StoredKeyLimits.MinimumIterations);

    /// <summary>The secret's bytes (passphrase UTF-8 or key); read only while not disposed.</summary>
    /// <summary>What kind of secret this is, in the words of a message a person reads ("a recovery key").</summary>
    internal string KindInWords => Kind switch
    {
        OwnerSecretKind.Passphrase => "a passphrase",
        OwnerSecretKind.RecoveryKey => "a recovery key",
        OwnerSecretKind.AppKey => "an app key",
        _ => "a session key",
    };

    internal ReadOnlySpan<byte> Material
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _material;
        }
    }

    /// <summary>Wipes what this secret holds; later use throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_material);
        _disposed = true;
    }

    private static OwnerSecret Passphrase(string passphrase, int iterations, int minimum)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        if (string.IsNullOrWhiteSpace(passphrase))
        {
            throw new ArgumentException("A passphrase must not be empty or white space.", nameof(passphrase));
        }

        if (iterations < minimum || iterations > StoredKeyLimits.MaximumIterations)
        {
            throw new ArgumentOutOfRangeException(nameof(iterations), iterations,
                $"PBKDF2-SHA256 iterations must be between {minimum:N0} (to slow down guessing) and {StoredKeyLimits.MaximumIterations:N0} (so a vault opens in seconds).");
        }

        return new OwnerSecret(OwnerSecretKind.Passphrase, Encoding.UTF8.GetBytes(passphrase.Normalize(NormalizationForm.FormC)), iterations, null);
    }

    private static byte[] RequireKey(ReadOnlySpan<byte> key, string paramName)
    {
        if (key.Length != KeySize)
        {
            throw new ArgumentException($"The key must be exactly {KeySize} bytes; it is {key.Length}.", paramName);
        }

        if (!key.ContainsAnyExcept((byte)0))
        {
            throw new ArgumentException("The key is all zero bytes: supply random bytes, for example from RandomNumberGenerator.GetBytes(32).", paramName);
        }

        return key.ToArray();
    }
}
