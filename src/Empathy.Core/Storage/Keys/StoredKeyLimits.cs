namespace Empathy.Core.Storage.Keys;

/// <summary>
/// The documented range of every value a <see cref="StoredJournalKey"/> may hold. <see cref="JournalKeyring.Open"/>
/// checks a stored key against it before deriving anything and refuses the rest with
/// <see cref="JournalKeyTamperedException"/>.
/// </summary>
public static class StoredKeyLimits
{
    /// <summary>
    /// The fewest PBKDF2 iterations a stored key may name: 1,000. New keys need
    /// <see cref="PassphraseKeyProvider.MinimumIterations"/>; the lower floor only lets test journals open.
    /// A lowered count cannot weaken a key: it derives another key, which the check value refuses.
    /// </summary>
    public const int MinimumIterations = 1_000;

    /// <summary>The most PBKDF2 iterations a stored key may name: 10,000,000 (about ten seconds on a laptop).</summary>
    public const int MaximumIterations = 10_000_000;

    /// <summary>The shortest stored salt, in bytes.</summary>
    public const int MinimumSaltSize = PassphraseKeyProvider.SaltSize;

    /// <summary>The longest stored salt, in bytes.</summary>
    public const int MaximumSaltSize = 64;

    /// <summary>The size of a key check value, in bytes.</summary>
    public const int CheckValueSize = 32;

    /// <summary>Throws <see cref="JournalKeyTamperedException"/> when <paramref name="stored"/> is outside these limits.</summary>
    /// <param name="stored">A key record as read from a store.</param>
    public static void Require(StoredJournalKey stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.CheckValue is not { Length: CheckValueSize })
        {
            throw Tampered(stored, $"its key check value is {stored.CheckValue?.Length ?? 0} bytes, not {CheckValueSize}");
        }

        if (stored.Method == PassphraseKeyProvider.MethodName)
        {
            if (stored.Iterations is < MinimumIterations or > MaximumIterations)
            {
                throw Tampered(stored, $"it names {stored.Iterations:N0} PBKDF2 iterations; {MinimumIterations:N0} to {MaximumIterations:N0} are allowed");
            }

            if (stored.Salt is not { Length: >= MinimumSaltSize and <= MaximumSaltSize })
            {
                throw Tampered(stored, $"its salt is {stored.Salt?.Length ?? 0} bytes; {MinimumSaltSize} to {MaximumSaltSize} are allowed");
            }
        }
        else if (stored.Method == AppSuppliedKeyProvider.MethodName && (stored.Salt is not null || stored.Iterations != 0))
        {
            throw Tampered(stored, "an app-supplied key has no salt and no iteration count, but this record has them");
        }
    }

    private static JournalKeyTamperedException Tampered(StoredJournalKey stored, string what) =>
        new($"The stored record of key '{stored.KeyId}' was changed outside this library: {what}. It was refused before any key was derived; restore the journal from a backup.");
}
