using Empathy.Core.Storage;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// The database server could not do what the store asked: it was unreachable, restarting, shutting down,
/// out of connections, or the connection broke during the call. The call's transaction was not committed,
/// unless <see cref="OutcomeUnknown"/> says the connection broke while the commit was on its way.
/// </summary>
/// <remarks>
/// Catch it (or <see cref="JournalStoreException"/>) to tell the person to try again later; when
/// <see cref="IsTransient"/> is <see langword="true"/>, the same call may well succeed in a moment. Writes
/// are idempotent to retry in one way only: an add retried after an unknown outcome may report
/// <see cref="DuplicateJournalEntryException"/>, which then means the first attempt was committed. The message never
/// contains the connection string or any private text.
/// </remarks>
public sealed class PostgreSqlStoreUnavailableException : JournalStoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="isTransient">Whether the same call may succeed when retried.</param>
    /// <param name="outcomeUnknown">Whether the connection broke while a commit was in flight.</param>
    /// <param name="innerException">The driver's error.</param>
    public PostgreSqlStoreUnavailableException(string message, bool isTransient, bool outcomeUnknown, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
        OutcomeUnknown = outcomeUnknown;
    }

    /// <summary>Whether the same call may succeed when retried (the server restarting, a broken connection, a timeout).</summary>
    public bool IsTransient { get; }

    /// <summary>
    /// Whether the connection broke while the transaction's commit was on its way to the server: it may or
    /// may not have been committed. Read the record back (or retry an add and accept a duplicate) to know.
    /// </summary>
    public bool OutcomeUnknown { get; }
}
