using Empathy.Core.Journal;

namespace Empathy.Core.Storage.Encryption;

/// <summary>An entry sealed for storage, ready to write: its row and the keyed hashes of its tags.</summary>
/// <param name="Entry">The entry that was sealed (kept for error messages and the tag index).</param>
/// <param name="Row">The row to write.</param>
/// <param name="TagHashes">One keyed hash per tag, for the tag index.</param>
/// <remarks>Treat it as immutable once made.</remarks>
public sealed record SealedJournalEntry(JournalEntry Entry, SealedJournalRow Row, IReadOnlyList<byte[]> TagHashes);
