namespace Empathy.Storage.Sqlite.Keys;

/// <summary>
/// What the database keeps in clear about a key (table <c>journal_keys</c>): its id, how it is made, the
/// PBKDF2 salt and iteration count for a passphrase, and the key check value that tells a right key from
/// a wrong one. None of it lets anyone compute the key.
/// </summary>
internal sealed record StoredJournalKey(string KeyId, string Method, byte[]? Salt, int Iterations, byte[] CheckValue);
