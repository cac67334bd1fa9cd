using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Keys;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// Re-encrypts every row of a journal under a new key, in one transaction: read in batches by rowid,
/// open with the old key, seal the same data with the new one, rebuild the tag index. Any row that fails
/// its check stops the rotation before anything is committed.
/// </summary>
internal static class SqliteKeyRotation
{
    private const int BatchSize = 500;

    public static void Reencrypt(SqliteConnection connection, IEntryCodec oldCodec, IEntryCodec newCodec, StoredJournalKey newKey)
    {
        using var transaction = connection.BeginTransaction();
        RequireActiveKey(connection, oldCodec);
        var mismatch = SqliteOwnerDigests.FirstMismatch(connection, oldCodec);
        InsertKey(connection, newKey);
        Execute(connection, "DELETE FROM journal_entry_tags");

        using var select = SelectAllRowsCommand(connection, BatchSize);
        using var update = ResealCommand(connection);
        using var tags = new TagIndexWriter(connection);

        var tampered = new List<JournalEntryId>();
        var unreadable = new List<string>();
        var batch = new List<(long RowId, SealedJournalRow Row)>(BatchSize);
        long last = 0;
        do
        {
            batch.Clear();
            select.Parameters[0].Value = last;
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    batch.Add((reader.GetInt64(0), StoredRowReader.Read(reader, reader.GetString(1), first: 2)));
                }
            }

            foreach (var (rowId, row) in batch)
            {
                last = rowId;
                if (row.EntryId is not { } id)
                {
                    unreadable.Add(row.Id);
                    continue;
                }

                if (!JournalEntrySealer.TryReseal(oldCodec, newCodec, row, out var resealed))
                {
                    tampered.Add(id);
                    continue;
                }

                update.Parameters[0].Value = rowId;
                update.Parameters[1].Value = resealed.Row.KeyId;
                update.Parameters[2].Value = resealed.Row.Sealed;
                update.ExecuteNonQuery();
                tags.Write(resealed);
            }
        }
        while (batch.Count == BatchSize);

        if (tampered.Count > 0 || unreadable.Count > 0)
        {
            throw new JournalEntryTamperedException(tampered, unreadable, "Key rotation was stopped and nothing was changed; delete these entries (or restore them from a backup), then rotate again.");
        }

        if (mismatch is not null)
        {
            throw new JournalIntegrityException(mismatch);
        }

        SqliteOwnerDigests.RecomputeAll(connection, newCodec);
        SqlitePracticeCommands.ResealAll(connection, transaction, oldCodec, newCodec);
        DeleteKeysExcept(connection, newCodec.KeyId);
        SetMeta(connection, SqliteJournalSchema.MetaActiveKeyId, newCodec.KeyId);
        transaction.Commit();
    }
}
