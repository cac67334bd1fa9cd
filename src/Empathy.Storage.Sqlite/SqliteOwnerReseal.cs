using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// Re-seals one owner's rows under a new key inside the caller's transaction: journal entries (with their
/// tag index and row set digest) and practice records when that table exists. Any row that fails its
/// check under the old key throws before the caller commits, so nothing changes. The step of a migration
/// to per-owner keys and of every data-key rotation.
/// </summary>
internal static class SqliteOwnerReseal
{
    public static void Reseal(SqliteConnection connection, string owner, IEntryCodec from, IEntryCodec to)
    {
        var expected = SqliteOwnerDigests.Read(connection, owner);
        var rows = OwnerRows(connection, owner);
        var tagIndexPresent = TableExists(connection, "journal_entry_tags");
        var rowSetMatches = tagIndexPresent && SqliteOwnerDigests.Compute(connection, from, owner, rows.Select(r => r.Row)).Matches(expected);

        DeleteOwnerTags(connection, owner);
        var tampered = new List<JournalEntryId>();
        var unreadable = new List<string>();
        using (var update = ResealCommand(connection))
        using (var tags = new TagIndexWriter(connection))
        {
            foreach (var (rowId, row) in rows)
            {
                if (row.EntryId is not { } id)
                {
                    unreadable.Add(row.Id);
                }
                else if (!JournalEntrySealer.TryReseal(from, to, row, out var resealed))
                {
                    tampered.Add(id);
                }
                else
                {
                    update.Parameters[0].Value = rowId;
                    update.Parameters[1].Value = resealed.Row.KeyId;
                    update.Parameters[2].Value = resealed.Row.Sealed;
                    update.ExecuteNonQuery();
                    tags.Write(resealed);
                }
            }
        }

        if (tampered.Count > 0 || unreadable.Count > 0)
        {
            throw new JournalEntryTamperedException(tampered, unreadable, "The re-encryption was stopped and nothing was changed; delete these entries (or restore them from a backup), then try again.");
        }

        // Checked before anything is committed: re-sealing would otherwise launder a changed row set.
        if (!rowSetMatches)
        {
            throw new JournalIntegrityException(new JournalVerification
            {
                EntryCount = rows.Count,
                ExpectedEntryCount = expected.Count,
                RowSetMatches = false,
                TagIndexPresent = tagIndexPresent,
            });
        }

        SqliteOwnerDigests.Write(connection, owner, SqliteOwnerDigests.Compute(connection, to, owner, OwnerRows(connection, owner).Select(r => r.Row)));
        ResealPractice(connection, owner, from, to);
    }

    /// <summary>Practice records are sealed at address (owner, "kind/id", schema version); they move to the new key unchanged.</summary>
    private static void ResealPractice(SqliteConnection connection, string owner, IEntryCodec from, IEntryCodec to)
    {
        if (!TableExists(connection, "practice_records"))
        {
            return;
        }

        var rows = new List<(long RowId, string Kind, string Id, int Version, byte[] Sealed)>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT rowid, kind, id, schema_version, sealed FROM practice_records WHERE owner = $owner";
            select.Parameters.AddWithValue("$owner", owner);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<byte[]>(4)));
            }
        }

        var failed = new List<string>();
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE practice_records SET key_id = $key_id, sealed = $sealed WHERE rowid = $rowid";
        foreach (var row in rows)
        {
            var address = new EntryAddress(owner, row.Kind + "/" + row.Id, row.Version);
            if (!from.TryOpen(row.Sealed, address, out var plaintext))
            {
                failed.Add(row.Kind + "/" + row.Id);
                continue;
            }

            try
            {
                update.Parameters.Clear();
                update.Parameters.AddWithValue("$rowid", row.RowId);
                update.Parameters.AddWithValue("$key_id", to.KeyId);
                update.Parameters.AddWithValue("$sealed", to.Seal(plaintext, address));
                update.ExecuteNonQuery();
            }
            finally
            {
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
            }
        }

        if (failed.Count > 0)
        {
            throw new JournalEntryTamperedException([], failed, "Practice records failed their integrity check, so the re-encryption was stopped and nothing was changed; delete them (or restore them from a backup), then try again.");
        }
    }

    private static List<(long RowId, SealedJournalRow Row)> OwnerRows(SqliteConnection connection, string owner)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT rowid, id, felt_at, schema_version, key_id, sealed FROM journal_entries WHERE owner = $owner ORDER BY rowid";
        select.Parameters.AddWithValue("$owner", owner);
        using var reader = select.ExecuteReader();
        var rows = new List<(long, SealedJournalRow)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), StoredRowReader.Read(reader, owner, first: 1)));
        }

        return rows;
    }

    private static void DeleteOwnerTags(SqliteConnection connection, string owner)
    {
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM journal_entry_tags WHERE owner = $owner";
        delete.Parameters.AddWithValue("$owner", owner);
        delete.ExecuteNonQuery();
    }
}
