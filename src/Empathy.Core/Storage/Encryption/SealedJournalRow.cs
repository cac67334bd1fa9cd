using Empathy.Core.Journal;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// A journal entry as an encrypted store keeps it: the clear columns that queries need and the sealed
/// data. What a store reads back is handed to <see cref="JournalEntrySealer.TryOpen"/> as it was found.
/// </summary>
/// <param name="Owner">The owner's id, as stored.</param>
/// <param name="Id">The entry id, as stored (text that may have been changed outside the library).</param>
/// <param name="FeltAtUtcTicks">When the entry was felt, in UTC ticks (for time queries).</param>
/// <param name="SchemaVersion">The schema version of the sealed data.</param>
/// <param name="KeyId">The id of the key the data is sealed with.</param>
/// <param name="Sealed">The sealed data.</param>
/// <remarks>A record of an array: treat it as immutable once made.</remarks>
public sealed record SealedJournalRow(string Owner, string Id, long FeltAtUtcTicks, int SchemaVersion, string KeyId, byte[] Sealed)
{
    /// <summary>Where the sealed data belongs, for the associated data.</summary>
    public EntryAddress Address => new(Owner, Id, SchemaVersion);

    /// <summary>
    /// The entry id, or <see langword="null"/> when the id column holds something the library never writes
    /// (a changed row that can be named only by <see cref="Id"/>).
    /// </summary>
    public JournalEntryId? EntryId => JournalEntryId.TryParse(Id, out var id) ? id : null;
}
