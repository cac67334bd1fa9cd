using System.Net.Sockets;
using Empathy.Core.Storage;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// Turns the driver's errors into the store's own: a full disk into <see cref="JournalStorageFullException"/>,
/// everything else the server or the network did into <see cref="PostgreSqlStoreUnavailableException"/>.
/// Cancellation and the store's own errors pass through unchanged.
/// </summary>
internal static class PostgreSqlErrors
{
    // SQLSTATE codes (PostgreSQL's appendix "Error Codes").
    private const string DiskFull = "53100";
    private const string OutOfMemory = "53200";
    private const string TooManyConnections = "53300";
    private const string AdminShutdown = "57P01";
    private const string CrashShutdown = "57P02";
    private const string CannotConnectNow = "57P03";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    /// <summary>The store's exception for <paramref name="error"/>, or <see langword="null"/> when it should pass through.</summary>
    /// <param name="error">What the driver threw.</param>
    /// <param name="total">How many records the call was writing (for a full disk).</param>
    /// <param name="committing">Whether the error came while the commit was on its way.</param>
    public static JournalStoreException? Translate(Exception error, int total, bool committing)
    {
        if (error is OperationCanceledException or JournalStoreException)
        {
            return null;
        }

        if (error is PostgresException { SqlState: DiskFull } full)
        {
            return new JournalStorageFullException(committed: 0, total, full);
        }

        if (error is NpgsqlException npgsql)
        {
            var transient = npgsql.IsTransient || npgsql is PostgresException
            {
                SqlState: OutOfMemory or TooManyConnections or AdminShutdown or CrashShutdown or CannotConnectNow or SerializationFailure or DeadlockDetected,
            };
            var broken = npgsql is not PostgresException;
            var outcomeUnknown = committing && broken;
            return new PostgreSqlStoreUnavailableException(Describe(npgsql, transient, outcomeUnknown), transient, outcomeUnknown, npgsql);
        }

        // A connection broken under a command can surface as these before the driver wraps them.
        if (error is IOException or SocketException or TimeoutException)
        {
            return new PostgreSqlStoreUnavailableException(
                $"The connection to the database server broke ({error.GetType().Name}). " + (committing ? OutcomeUnknownAdvice : NotCommittedAdvice),
                isTransient: true,
                outcomeUnknown: committing,
                error);
        }

        return null;
    }

    private const string NotCommittedAdvice = "Nothing of this call was committed; try again in a moment.";

    private const string OutcomeUnknownAdvice = "The connection broke while the commit was on its way, so it may or may not have been committed: read the record back before writing it again.";

    private static string Describe(NpgsqlException error, bool transient, bool outcomeUnknown)
    {
        // Only the SQLSTATE and the server's short message: never the connection string, never a parameter.
        var what = error is PostgresException server
            ? $"The database server refused the call ({server.SqlState}: {server.MessageText})."
            : "The database server could not be reached or the connection broke.";
        var advice = outcomeUnknown ? OutcomeUnknownAdvice : NotCommittedAdvice;
        return transient ? $"{what} {advice}" : $"{what} Nothing of this call was committed; the server or its configuration needs attention.";
    }
}
