using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Practice;
using Npgsql;

namespace Empathy.Storage.PostgreSql;

// A data-key rotation's re-encryption of one owner's rows, inside the rotation's transaction.
public sealed partial class PostgreSqlJournalStore
{
    /// <summary>
    /// Re-seals every row of <paramref name="owner"/> from <paramref name="from"/> to <paramref name="to"/>: journal
    /// entries with their tag index and row set digest, and practice records. The row set is checked against its
    /// digest and every row against its own check first; anything wrong throws before a row is written, so the
    /// caller's transaction rolls back whole and a changed row set is never laundered under the new key.
    /// </summary>
    private async Task ResealOwnerAsync(NpgsqlConnection connection, JournalOwnerId owner, IEntryCodec from, IEntryCodec to, CancellationToken cancellationToken)
    {
        // The rotation holds the owner's vault row FOR UPDATE already; the digest row is locked as every write locks it.
        await _sql.LockDigestAsync(connection, owner.Value, cancellationToken).ConfigureAwait(false);
        var rows = await _sql.ReadAllRowsAsync(connection, from, owner, cancellationToken).ConfigureAwait(false);
        var verification = await VerifyRowsAsync(connection, from, owner, rows, OpenRows(from, rows), cancellationToken).ConfigureAwait(false);
        if (verification.TamperedEntryIds.Count > 0 || verification.UnreadableRowIds.Count > 0)
        {
            throw new JournalEntryTamperedException(verification.TamperedEntryIds, verification.UnreadableRowIds, "The re-encryption was stopped and nothing was changed; delete these entries (or restore them from a backup), then try again.");
        }

        if (!verification.RowSetMatches)
        {
            throw new JournalIntegrityException(verification);
        }

        await using var batch = connection.CreateBatch();
        var digest = OwnerDigest.Empty;
        foreach (var row in rows)
        {
            if (!JournalEntrySealer.TryReseal(from, to, row, out var resealed))
            {
                // Opened a moment ago in the check above; failing now means the codec itself is broken.
                throw new JournalEntryTamperedException([row.EntryId!.Value], [], "The re-encryption was stopped and nothing was changed.");
            }

            batch.BatchCommands.Add(_sql.Update(resealed.Row));
            batch.BatchCommands.Add(_sql.DeleteTags(owner.Value, resealed.Row.Id));
            AddAll(batch, _sql.InsertTags(resealed));
            digest = digest.Add(OwnerDigest.Fingerprint(to, resealed.Row, resealed.TagHashes));
        }

        batch.BatchCommands.Add(_sql.WriteDigest(owner.Value, digest));

        var failed = new List<string>();
        foreach (var row in await _practice.ReadAllAsync(connection, owner.Value, cancellationToken).ConfigureAwait(false))
        {
            if (PracticeRecordSealer.TryReseal(from, to, row, out var resealed))
            {
                batch.BatchCommands.Add(_practice.Update(resealed));
            }
            else
            {
                failed.Add(row.Kind + "/" + row.Id);
            }
        }

        if (failed.Count > 0)
        {
            throw new JournalEntryTamperedException([], failed, "Practice records failed their integrity check, so the re-encryption was stopped and nothing was changed; delete them (or restore them from a backup), then try again.");
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
