using Empathy.Core.Storage.Encryption;
using Microsoft.Data.Sqlite;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>Writes rows of the tag index (keyed tag hashes, never tags) with one prepared command.</summary>
internal sealed class TagIndexWriter : IDisposable
{
    private readonly SqliteCommand _insert;

    public TagIndexWriter(SqliteConnection connection)
    {
        _insert = connection.CreateCommand();
        _insert.CommandText = "INSERT OR IGNORE INTO journal_entry_tags (owner, tag_hash, entry_id) VALUES ($owner, $tag_hash, $entry_id)";
        _insert.Parameters.Add("$owner", SqliteType.Text);
        _insert.Parameters.Add("$tag_hash", SqliteType.Blob);
        _insert.Parameters.Add("$entry_id", SqliteType.Text);
    }

    public void Write(SealedJournalEntry sealedEntry)
    {
        foreach (var hash in sealedEntry.TagHashes)
        {
            _insert.Parameters[0].Value = sealedEntry.Row.Owner;
            _insert.Parameters[1].Value = hash;
            _insert.Parameters[2].Value = sealedEntry.Row.Id;
            _insert.ExecuteNonQuery();
        }
    }

    public void Dispose() => _insert.Dispose();
}
