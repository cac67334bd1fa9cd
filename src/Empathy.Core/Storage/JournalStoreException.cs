namespace Empathy.Core.Storage;

/// <summary>
/// The base of every error a journal store reports about the journal itself (as opposed to invalid
/// arguments or cancellation), so an app can catch them in one place.
/// </summary>
/// <remarks>Messages name entry ids, never private text and never another owner's data.</remarks>
public abstract class JournalStoreException : Exception
{
    /// <summary>Creates the exception with a message that says what was wrong.</summary>
    /// <param name="message">What was wrong and, where it helps, what to do.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    protected JournalStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
