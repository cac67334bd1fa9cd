using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>
/// The rows of a listing, opened: the entries that passed every check, the entries that failed (by id),
/// and the rows whose id column is not an entry id at all (by raw text). Nothing is silently left out.
/// </summary>
internal sealed class OpenedRows
{
    private OpenedRows(List<JournalEntry> entries, List<JournalEntryId> tampered, List<string> unreadable)
    {
        Entries = entries;
        Tampered = tampered;
        Unreadable = unreadable;
    }

    public List<JournalEntry> Entries { get; }

    public List<JournalEntryId> Tampered { get; }

    public List<string> Unreadable { get; }

    public bool IsIntact => Tampered.Count == 0 && Unreadable.Count == 0;

    public static OpenedRows Open(IEntryCodec codec, IReadOnlyList<SealedJournalRow> rows)
    {
        var entries = new List<JournalEntry>(rows.Count);
        var tampered = new List<JournalEntryId>();
        var unreadable = new List<string>();
        foreach (var row in rows)
        {
            if (row.EntryId is not { } id)
            {
                unreadable.Add(row.Id);
            }
            else if (JournalEntrySealer.TryOpen(codec, row, out var entry, out _))
            {
                entries.Add(entry);
            }
            else
            {
                tampered.Add(id);
            }
        }

        return new OpenedRows(entries, tampered, unreadable);
    }

    public JournalEntryTamperedException ToException(string detail) => new(Tampered, Unreadable, detail);
}
