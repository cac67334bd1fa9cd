using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Microsoft.Data.Sqlite;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Turns the journal store's exceptions into the command line's failures: an unknown entry id is the
/// user's input (exit 1); everything else about the store or its key is exit 2. Messages name the
/// entry or file involved and never any private text.
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
        JournalEntryTamperedException tampered => CliException.StorageOrKey($"The journal's stored data was changed outside this program: entr{(tampered.EntryIds.Count == 1 ? "y" : "ies")} {string.Join(", ", tampered.EntryIds)} cannot be read. The other entries are intact.", tampered),
        JournalStoreException store => CliException.StorageOrKey($"The journal store failed: {PlainMessage.Of(store)}", store),
        SqliteException sqlite => CliException.StorageOrKey($"The journal database failed: {sqlite.Message}", sqlite),
        _ => null,
    };
}
