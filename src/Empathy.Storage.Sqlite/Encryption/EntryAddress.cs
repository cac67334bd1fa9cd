namespace Empathy.Storage.Sqlite.Encryption;

/// <summary>
/// Where a sealed entry belongs: its owner, its id and the schema version of its data. Bound into the
/// encryption as associated data, so sealed data opens only at the address it was sealed for.
/// </summary>
internal readonly record struct EntryAddress(string Owner, string EntryId, int SchemaVersion);
