namespace Empathy.Core.Storage.Keys;

/// <summary>
/// The key record a store keeps in clear (<see cref="StoredJournalKey"/>) holds values this library never
/// writes: a PBKDF2 iteration count or salt outside <see cref="StoredKeyLimits"/>, or a malformed check
/// value. It was changed outside the library, so it is refused before any key is derived from it (a huge
/// iteration count would otherwise make opening hang).
/// </summary>
public sealed class JournalKeyTamperedException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which value is out of range and what is allowed.</param>
    public JournalKeyTamperedException(string message)
        : base(message)
    {
    }
}
