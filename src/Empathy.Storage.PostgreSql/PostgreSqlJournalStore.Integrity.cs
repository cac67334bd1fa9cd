using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

// The store's integrity checks: every row's own check, and the owner's row set as a whole.
public sealed partial class PostgreSqlJournalStore
{
    /// <summary>
    /// Checks every row of <paramref name="owner"/> and the owner's row set as a whole: each row's
    /// integrity, and the keyed digest kept with every write, which finds rows deleted, moved to another
    /// owner, added or replaced by an older copy, and a changed tag index. Export runs the same check.
    /// </summary>
    /// <param name="owner">Whose journal.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What was found; <see cref="JournalVerification.IsIntact"/> when nothing was wrong.</returns>
    /// <exception cref="PostgreSqlStoreUnavailableException">The server could not be reached or refused the call.</exception>
    public Task<JournalVerification> VerifyAsync(JournalOwnerId owner, CancellationToken cancellationToken = default)
    {
        JournalOwnerId.ThrowIfDefault(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(owner, async (codec, connection, ct) =>
        {
            var rows = await _sql.ReadAllRowsAsync(connection, codec, owner, ct).ConfigureAwait(false);
            return await VerifyRowsAsync(connection, codec, owner, rows, OpenRows(codec, rows), ct).ConfigureAwait(false);
        }, cancellationToken, OneSnapshot);
    }

    private async Task<JournalVerification> VerifyRowsAsync(NpgsqlConnection connection, IEntryCodec codec, JournalOwnerId owner, List<SealedJournalRow> rows, OpenedRows opened, CancellationToken cancellationToken)
    {
        var expected = await _sql.ReadDigestAsync(connection, owner.Value, cancellationToken).ConfigureAwait(false);
        var tags = await _sql.SelectTagHashesAsync(connection, owner.Value, entryId: null, cancellationToken).ConfigureAwait(false);
        var found = OwnerDigest.Empty;
        foreach (var row in rows)
        {
            found = found.Add(OwnerDigest.Fingerprint(codec, row, tags.GetValueOrDefault(row.Id) ?? []));
        }

        var matches = found.Matches(expected);
        if (!matches)
        {
            PostgreSqlJournalStoreLog.RowSetMismatch(_logger, expected.Count, rows.Count);
        }

        return new JournalVerification
        {
            EntryCount = rows.Count,
            ExpectedEntryCount = expected.Count,
            RowSetMatches = matches,
            TagIndexPresent = true,
            TamperedEntryIds = opened.Tampered,
            UnreadableRowIds = opened.Unreadable,
        };
    }

    /// <summary>Opens every row of a listing, logging (by id) the ones that fail.</summary>
    private OpenedRows OpenRows(IEntryCodec codec, List<SealedJournalRow> rows)
    {
        var opened = OpenedRows.Open(codec, rows);
        foreach (var id in opened.Tampered)
        {
            PostgreSqlJournalStoreLog.EntryTampered(_logger, id.ToString(), "its authentication tag, key id or clear columns do not match");
        }

        if (opened.Unreadable.Count > 0)
        {
            PostgreSqlJournalStoreLog.RowsUnreadable(_logger, opened.Unreadable.Count);
        }

        return opened;
    }

    /// <summary>
    /// The rows of a listing, opened: the entries that passed every check, the entries that failed (by id),
    /// and the rows whose id column is not an entry id at all (by raw text). Nothing is silently left out.
    /// </summary>
    private sealed record OpenedRows(List<JournalEntry> Entries, List<JournalEntryId> Tampered, List<string> Unreadable)
    {
        public bool IsIntact => Tampered.Count == 0 && Unreadable.Count == 0;

        public static OpenedRows Open(IEntryCodec codec, List<SealedJournalRow> rows)
        {
            var opened = new OpenedRows(new List<JournalEntry>(rows.Count), [], []);
            foreach (var row in rows)
            {
                if (row.EntryId is not { } id)
                {
                    opened.Unreadable.Add(row.Id);
                }
                else if (JournalEntrySealer.TryOpen(codec, row, out var entry, out _))
                {
                    opened.Entries.Add(entry);
                }
                else
                {
                    opened.Tampered.Add(id);
                }
            }

            return opened;
        }

        public JournalEntryTamperedException ToException(string detail) => new(Tampered, Unreadable, detail);
    }
}
