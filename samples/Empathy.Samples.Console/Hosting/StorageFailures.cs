using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Core.Storage.Practice;
using Microsoft.Data.Sqlite;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Turns the store's exceptions into the command line's failures: an unknown id is the user's input
/// (exit 1); stored data that failed its integrity check is exit 4, a full disk exit 5, a deletion not
/// yet erased from disk exit 6; everything else about the store or its key is exit 2. Messages name the
/// record or file involved (as the exception carries it) and never any private text.
/// </summary>
internal static class StorageFailures
{
    /// <summary>The user-facing failure for <paramref name="error"/>, or <see langword="null"/> when it is not a storage error.</summary>
    /// <param name="error">What was thrown.</param>
    public static CliException? Translate(Exception error) => error switch
    {
        CliException failure => failure,
        JournalEntryNotFoundException notFound => CliException.BadInput($"There is no journal entry {notFound.EntryId}. See 'empathy journal list'.", notFound),
        WrongJournalKeyException wrongKey => CliException.StorageOrKey("The passphrase does not open this journal.", wrongKey),
        JournalEntryTamperedException tampered => new CliException(ExitCodes.Tampered, $"The journal's stored data was changed outside this program: {Named(tampered)} cannot be read. The other entries are intact.", tampered),
        PracticeRecordNotFoundException notFound => CliException.BadInput($"There is no {notFound.KindName} record {notFound.RecordId}.", notFound),
        PracticeRecordTamperedException tampered => new CliException(ExitCodes.Tampered, $"Your stored practice records were changed outside this program: {(tampered.Records.Count == 1 ? "record" : "records")} {string.Join(", ", tampered.Records.Select(Printable))} cannot be read. The other records are intact.", tampered),
        JournalIntegrityException integrity => new CliException(ExitCodes.Tampered, $"The journal as a whole was changed outside this program (rows deleted, moved, added or rolled back), so the command was stopped and nothing was changed: {integrity.Verification.Explain().ReplaceLineEndings(" ").Trim()}", integrity),
        JournalKeyTamperedException key => new CliException(ExitCodes.Tampered, $"The journal's stored key record was changed outside this program, so it was refused before any key was derived: {PlainMessage.Of(key)}", key),
        JournalStorageFullException full => new CliException(ExitCodes.StorageFull, $"The disk is full: {Committed(full)} Free some space and run the command again (an import skips what is already there).", full),
        JournalEraseIncompleteException erase => new CliException(ExitCodes.EraseIncomplete, $"Entry {erase.EntryId} is deleted (gone from every list and export), but another program holds the journal open, so its old bytes are not yet erased from disk. Close the other program and run 'empathy journal delete' again, or any command that writes, to finish.", erase),
        JournalStoreException store => CliException.StorageOrKey($"The journal store failed: {PlainMessage.Of(store)}", store),
        SqliteException sqlite => CliException.StorageOrKey($"The journal database failed: {sqlite.Message}", sqlite),
        _ => null,
    };

    // Entries by id, and rows whose id column no longer holds an entry id by the raw text found there.
    private static string Named(JournalEntryTamperedException tampered)
    {
        var names = tampered.EntryIds.Select(id => $"entry {id}")
            .Concat(tampered.UnreadableRowIds.Select(raw => $"the row with id '{Printable(raw)}'"))
            .ToList();
        return names.Count switch
        {
            0 => "some entries",
            1 => names[0],
            _ => $"{names.Count} entries ({string.Join(", ", names)})",
        };
    }

    private static string Committed(JournalStorageFullException full) => full.Committed == 0
        ? $"the write was stopped and nothing was changed (0 of {full.Total} saved)."
        : $"the write was stopped after {full.Committed} of {full.Total} were saved; those are kept.";

    /// <summary>Raw text from a changed id column, on one short printable line.</summary>
    /// <param name="raw">The text found.</param>
    internal static string Printable(string raw)
    {
        var clean = new string([.. raw.Take(64).Select(c => char.IsControl(c) ? '?' : c)]);
        return raw.Length > 64 ? clean + "..." : clean;
    }
}
