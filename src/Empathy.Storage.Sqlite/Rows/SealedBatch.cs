using Empathy.Storage.Sqlite.Encryption;

namespace Empathy.Storage.Sqlite.Rows;

/// <summary>Rows sealed with one codec (sealed again if a key rotation happened before they were written).</summary>
internal sealed record SealedBatch(IEntryCodec Codec, List<SealedRow> Rows);
