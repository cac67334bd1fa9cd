using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite;

// The seam between per-owner keys and the tables of sealed records (journal and practice): every
// table of sealed rows is read and written through these two members, so the owner's key applies to it.
public sealed partial class SqliteJournalStore
{
    /// <summary>Runs <paramref name="read"/> with the owner's codec and an open connection.</summary>
    /// <exception cref="Empathy.Core.Storage.Vaults.OwnerVaultLockedException">The owner's vault is not open (vault mode).</exception>
    internal T ReadSealed<T>(JournalOwnerId owner, Func<IEntryCodec, SqliteConnection, T> read)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(read);
        return WithCodec(owner, codec =>
        {
            using var connection = OpenConnection();
            return read(codec, connection);
        });
    }

    /// <summary>
    /// Runs <paramref name="write"/> with the owner's codec in one transaction, alone among this store's
    /// writers; it commits when <paramref name="write"/> returns. A full disk rolls it back and is reported as
    /// <see cref="JournalStorageFullException"/>; other <see cref="SqliteException"/>s (a constraint) pass through for the caller to map.
    /// </summary>
    internal async Task WriteSealedAsync(JournalOwnerId owner, Action<IEntryCodec, SqliteConnection, SqliteTransaction> write, CancellationToken cancellationToken)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        ArgumentNullException.ThrowIfNull(write);
        cancellationToken.ThrowIfCancellationRequested();
        await WriteEntriesAsync(owner, 1, codec =>
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            write(codec, connection, transaction);
            transaction.Commit();
        }, cancellationToken).ConfigureAwait(false);
    }
}
