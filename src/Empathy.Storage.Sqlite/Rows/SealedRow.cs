using Empathy.Core.Journal;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>An entry sealed for storage, with its tag hashes, ready to insert.</summary>
internal sealed record SealedRow(JournalEntry Entry, string Owner, string Id, string KeyId, byte[] Sealed, byte[][] TagHashes);
