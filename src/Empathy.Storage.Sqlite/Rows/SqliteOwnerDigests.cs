using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Microsoft.Data.Sqlite;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>
/// Keeps table <c>journal_owner_digests</c> (one <see cref="OwnerDigest"/> per owner) in step with every
/// write, inside the write's transaction, and recomputes digests from the rows for a check.
/// </summary>
internal static class SqliteOwnerDigests
{
    public const string Table = "journal_owner_digests";

    public static OwnerDigest Read(SqliteConnection connection, string owner)
    {
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT entry_count, digest FROM {Table} WHERE owner = $owner";
        select.Parameters.AddWithValue("$owner", owner);
        using var reader = select.ExecuteReader();
        return reader.Read() ? new OwnerDigest(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)) : OwnerDigest.Empty;
    }

    public static void Write(SqliteConnection connection, string owner, OwnerDigest digest)
    {
        using var upsert = connection.CreateCommand();
        upsert.CommandText = $"INSERT INTO {Table} (owner, entry_count, digest) VALUES ($owner, $count, $digest) ON CONFLICT (owner) DO UPDATE SET entry_count = excluded.entry_count, digest = excluded.digest";
        upsert.Parameters.AddWithValue("$owner", owner);
        upsert.Parameters.AddWithValue("$count", digest.Count);
        upsert.Parameters.AddWithValue("$digest", digest.Value.ToArray());
        upsert.ExecuteNonQuery();
    }

    /// <summary>The fingerprint of a row as it is stored now (its tag hashes read from the index).</summary>
    public static byte[] StoredFingerprint(SqliteConnection connection, IEntryCodec codec, SealedJournalRow row)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT tag_hash FROM journal_entry_tags WHERE owner = $owner AND entry_id = $id";
        select.Parameters.AddWithValue("$owner", row.Owner);
        select.Parameters.AddWithValue("$id", row.Id);
        var hashes = new List<byte[]>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                hashes.Add(reader.GetFieldValue<byte[]>(0));
            }
        }

        return OwnerDigest.Fingerprint(codec, row, hashes);
    }

    /// <summary>The digest of <paramref name="rows"/> (all of one owner's rows) with their tag hashes as indexed.</summary>
    public static OwnerDigest Compute(SqliteConnection connection, IEntryCodec codec, string owner, IEnumerable<SealedJournalRow> rows)
    {
        var tags = new Dictionary<string, List<byte[]>>(StringComparer.Ordinal);
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT entry_id, tag_hash FROM journal_entry_tags WHERE owner = $owner";
            select.Parameters.AddWithValue("$owner", owner);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!tags.TryGetValue(id, out var list))
                {
                    tags[id] = list = [];
                }

                list.Add(reader.GetFieldValue<byte[]>(1));
            }
        }

        var digest = OwnerDigest.Empty;
        foreach (var row in rows)
        {
            digest = digest.Add(OwnerDigest.Fingerprint(codec, row, tags.GetValueOrDefault(row.Id) ?? []));
        }

        return digest;
    }

    /// <summary>The first owner whose rows no longer match their digest, or <see langword="null"/> (checked before a rotation, which would launder them).</summary>
    public static JournalVerification? FirstMismatch(SqliteConnection connection, IEntryCodec codec)
    {
        var owners = new List<string>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = $"SELECT owner FROM journal_entries UNION SELECT owner FROM {Table}";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                owners.Add(reader.GetString(0));
            }
        }

        var tagIndexPresent = TableExists(connection, "journal_entry_tags");
        foreach (var owner in owners)
        {
            var rows = OwnerRows(connection, owner);
            var expected = Read(connection, owner);
            if (!tagIndexPresent || !Compute(connection, codec, owner, rows).Matches(expected))
            {
                return new JournalVerification
                {
                    EntryCount = rows.Count,
                    ExpectedEntryCount = expected.Count,
                    RowSetMatches = false,
                    TagIndexPresent = tagIndexPresent,
                };
            }
        }

        return null;
    }

    /// <summary>Recomputes every owner's digest from the rows as they are (first use of a file, or after a rotation).</summary>
    public static void RecomputeAll(SqliteConnection connection, IEntryCodec codec)
    {
        Execute(connection, $"DELETE FROM {Table}");
        var owners = new List<string>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT DISTINCT owner FROM journal_entries";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                owners.Add(reader.GetString(0));
            }
        }

        foreach (var owner in owners)
        {
            Write(connection, owner, Compute(connection, codec, owner, OwnerRows(connection, owner)));
        }
    }

    private static List<SealedJournalRow> OwnerRows(SqliteConnection connection, string owner)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, felt_at, schema_version, key_id, sealed FROM journal_entries WHERE owner = $owner";
        select.Parameters.AddWithValue("$owner", owner);
        return ReadRows(select, owner, CancellationToken.None);
    }
}
