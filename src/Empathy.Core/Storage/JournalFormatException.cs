namespace Empathy.Core.Storage;

/// <summary>
/// A journal document (an export, or a stored entry's data) could not be read: it is not valid JSON,
/// not in a shape this library knows, written by a newer version, or holds an invalid entry.
/// </summary>
public sealed class JournalFormatException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong and where (never the private text itself).</param>
    /// <param name="innerException">The underlying parse or validation error, if any.</param>
    public JournalFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
