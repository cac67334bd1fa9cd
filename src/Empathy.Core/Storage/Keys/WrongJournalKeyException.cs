namespace Empathy.Core.Storage.Keys;

/// <summary>
/// The key provider's key does not open this journal: a wrong passphrase, a wrong app-supplied key, a
/// provider of another kind, or a key that another process has since rotated away. Nothing was read or
/// written with the wrong key: it is refused before any entry is touched, never turned into garbage.
/// </summary>
public sealed class WrongJournalKeyException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not match and what to do.</param>
    public WrongJournalKeyException(string message)
        : base(message)
    {
    }
}
