namespace Empathy.Core.Storage.Practice;

/// <summary>
/// A practice record as an encrypted store keeps it: the clear columns that queries need and the sealed data.
/// What a store reads back is handed to <see cref="PracticeRecordSealer"/> as it was found.
/// </summary>
/// <param name="Owner">The owner's id, as stored.</param>
/// <param name="Kind">The kind's name (<see cref="PracticeKind.Name"/>), as stored.</param>
/// <param name="Id">The record id, as stored (text that may have been changed outside the library).</param>
/// <param name="AtUtcTicks">The record's time in UTC ticks (for time-range queries).</param>
/// <param name="SchemaVersion">The schema version of the sealed data.</param>
/// <param name="KeyId">The id of the key the data is sealed with.</param>
/// <param name="Sealed">The sealed data.</param>
/// <remarks>A record of an array: treat it as immutable once made.</remarks>
public sealed record SealedPracticeRow(string Owner, string Kind, string Id, long AtUtcTicks, int SchemaVersion, string KeyId, byte[] Sealed)
{
    /// <summary>
    /// Where the sealed data belongs, bound into its encryption: owner, <c>"kind/id"</c> and schema version, so a
    /// row copied to another owner, kind or id (or relabelled with another version) fails its integrity check.
    /// </summary>
    public Encryption.EntryAddress Address => new(Owner, $"{Kind}/{Id}", SchemaVersion);

    /// <summary>The record id, or <see langword="null"/> when the id column holds something the library never writes.</summary>
    public PracticeRecordId? RecordId => PracticeRecordId.TryParse(Id, out var id) ? id : null;

    /// <summary>The row named for messages: <c>"kind/id"</c>.</summary>
    public string Name => $"{Kind}/{Id}";
}
