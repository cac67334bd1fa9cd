using System.Security.Cryptography;
using System.Text;

namespace Empathy.Core.Storage.Keys;

/// <summary>
/// Derives the journal key from the owner's passphrase with PBKDF2-SHA256 and a random salt. The salt
/// and iteration count are stored in the database beside a key check value, so a wrong passphrase is
/// refused with <see cref="WrongJournalKeyException"/>.
/// </summary>
/// <remarks>
/// The passphrase is normalised (Unicode form C) and held as UTF-8 bytes until <see cref="JournalKeyProvider.Dispose()"/>
/// wipes them. Derivation is deliberately slow (about half a second at the minimum on a laptop): it
/// happens once when the store opens and once for a rotation. Opening uses the iteration count stored
/// with the journal, so a journal keeps opening after the default grows.
/// </remarks>
public sealed class PassphraseKeyProvider : JournalKeyProvider
{
    /// <summary>The fewest PBKDF2-SHA256 iterations accepted for a new key.</summary>
    public const int MinimumIterations = 600_000;

    /// <summary>The size of the random salt, in bytes.</summary>
    public const int SaltSize = 16;

    internal const string MethodName = "pbkdf2-sha256";

    private readonly byte[] _passphrase;
    private bool _disposed;

    /// <summary>Creates a provider for <paramref name="passphrase"/>.</summary>
    /// <param name="passphrase">The owner's passphrase; not empty or only white space.</param>
    /// <param name="iterations">PBKDF2 iterations for a new key; at least <see cref="MinimumIterations"/>.</param>
    /// <exception cref="ArgumentException">The passphrase is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is below <see cref="MinimumIterations"/> or above <see cref="StoredKeyLimits.MaximumIterations"/>.</exception>
    public PassphraseKeyProvider(string passphrase, int iterations = MinimumIterations)
        : this(passphrase, iterations, allowBelowMinimum: false)
    {
    }

    private PassphraseKeyProvider(string passphrase, int iterations, bool allowBelowMinimum)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        if (string.IsNullOrWhiteSpace(passphrase))
        {
            throw new ArgumentException("A journal passphrase must not be empty or white space.", nameof(passphrase));
        }

        if (iterations < (allowBelowMinimum ? 1 : MinimumIterations))
        {
            throw new ArgumentOutOfRangeException(nameof(iterations), iterations, $"PBKDF2-SHA256 needs at least {MinimumIterations:N0} iterations to slow down guessing.");
        }

        if (iterations > StoredKeyLimits.MaximumIterations)
        {
            throw new ArgumentOutOfRangeException(nameof(iterations), iterations, $"At most {StoredKeyLimits.MaximumIterations:N0} iterations are allowed, so that a journal always opens in seconds.");
        }

        _passphrase = Encoding.UTF8.GetBytes(passphrase.Normalize(NormalizationForm.FormC));
        Iterations = iterations;
    }

    /// <summary>The iteration count used for new keys.</summary>
    public int Iterations { get; }

    internal override string Method => MethodName;

    /// <summary>
    /// TEST HOOK ONLY: a provider with fewer iterations than <see cref="MinimumIterations"/>, so tests can
    /// create many journals quickly. Internal, so no app can weaken its keys by accident.
    /// </summary>
    internal static PassphraseKeyProvider CreateWithIterationsBelowMinimumForTesting(string passphrase, int iterations) =>
        new(passphrase, iterations, allowBelowMinimum: true);

    internal override (StoredJournalKey Parameters, byte[] MasterKey) CreateKey()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var keyId = "pp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return (new StoredJournalKey(keyId, Method, salt, Iterations, []), Derive(salt, Iterations));
    }

    internal override byte[] OpenKey(StoredJournalKey stored)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        RequireMethod(stored);
        if (stored.Salt is not { Length: >= SaltSize } salt || stored.Iterations < 1)
        {
            throw new WrongJournalKeyException($"The journal's stored passphrase parameters are damaged (salt of {stored.Salt?.Length ?? 0} bytes, {stored.Iterations} iterations); it cannot be opened with a passphrase.");
        }

        return Derive(salt, stored.Iterations);
    }

    private byte[] Derive(byte[] salt, int iterations)
    {
        var key = new byte[KeySize];
        Rfc2898DeriveBytes.Pbkdf2(_passphrase, salt, key, iterations, HashAlgorithmName.SHA256);
        return key;
    }

    private protected override void Dispose(bool disposing)
    {
        CryptographicOperations.ZeroMemory(_passphrase);
        _disposed = true;
    }
}
