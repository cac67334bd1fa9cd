using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

// The store's integrity checks: every row's own check, and the owner's row set as a whole.
public sealed partial class SqliteJournalStore
{
    /// <summary>
    /// Checks every row of <paramref name="owner"/> and the owner's row set as a whole: each row's
    /// integrity, and the keyed digest kept with every write, which finds rows deleted, moved to another
    /// owner, added or replaced by an older copy, and a changed or deleted tag index. Export runs the same check.
    /// </summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What was found; <see cref="JournalVerification.IsIntact"/> when nothing was wrong.</returns>
    public Task<JournalVerification> VerifyAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, codec =>
        {
            using var connection = OpenConnection();
            var rows = ReadAllRows(connection, codec, owner, cancellationToken);
            return Verify(connection, codec, owner, rows, OpenRows(connection, codec, rows));
        });
    }

    /// <summary>
    /// Accepts the owner's rows as they are now as the owner's journal: recomputes the keyed digest that
    /// <see cref="VerifyAsync"/> and export check. Call it only after the person has looked at a failed
    /// verification (for example, after deleting entries reported as tampered, or restoring some from a
    /// backup): from then on, only later changes are detected.
    /// </summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="cancellationToken">Cancels the call before it starts.</param>
    public Task AcceptRowSetAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        return WriteEntriesAsync(owner, 0, codec =>
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            var digest = SqliteOwnerDigests.Compute(connection, codec, owner.Value, ReadAllRows(connection, codec, owner, cancellationToken));
            SqliteOwnerDigests.Write(connection, owner.Value, digest);
            transaction.Commit();
            SqliteJournalStoreLog.RowSetAccepted(_logger, digest.Count);
        }, cancellationToken);
    }

    private JournalVerification Verify(SqliteConnection connection, IEntryCodec codec, JournalOwnerId owner, List<SealedJournalRow> rows, OpenedRows opened)
    {
        var expected = SqliteOwnerDigests.Read(connection, owner.Value);
        var tagIndexPresent = TableExists(connection, "journal_entry_tags");
        var found = tagIndexPresent ? SqliteOwnerDigests.Compute(connection, codec, owner.Value, rows) : OwnerDigest.Empty;
        if (!tagIndexPresent || !found.Matches(expected))
        {
            SqliteJournalStoreLog.RowSetMismatch(_logger, expected.Count, rows.Count, tagIndexPresent);
        }

        return new JournalVerification
        {
            EntryCount = rows.Count,
            ExpectedEntryCount = expected.Count,
            RowSetMatches = tagIndexPresent && found.Matches(expected),
            TagIndexPresent = tagIndexPresent,
            TamperedEntryIds = opened.Tampered,
            UnreadableRowIds = opened.Unreadable,
        };
    }

    /// <summary>Opens every row of a listing; when some fail, first makes sure the key was not rotated by another process.</summary>
    private OpenedRows OpenRows(SqliteConnection connection, IEntryCodec codec, List<SealedJournalRow> rows)
    {
        var opened = OpenedRows.Open(codec, rows);
        if (!opened.IsIntact)
        {
            RequireActiveKey(connection, rows[0].Owner, codec);
            foreach (var id in opened.Tampered)
            {
                SqliteJournalStoreLog.EntryTampered(_logger, id.ToString(), "its authentication tag, key id or clear columns do not match");
            }

            if (opened.Unreadable.Count > 0)
            {
                SqliteJournalStoreLog.RowsUnreadable(_logger, opened.Unreadable.Count);
            }
        }

        return opened;
    }
}
