namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// Where a sealed record belongs: its owner, its id and the schema version of its data. Bound into the
/// encryption as associated data, so sealed data opens only at the address it was sealed for (a row
/// copied to another owner or id, or relabelled with another version, fails its integrity check).
/// </summary>
/// <param name="Owner">The owner's id, as stored.</param>
/// <param name="EntryId">The record's id, as stored.</param>
/// <param name="SchemaVersion">The schema version of the sealed data, as stored.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct EntryAddress(string Owner, string EntryId, int SchemaVersion);
