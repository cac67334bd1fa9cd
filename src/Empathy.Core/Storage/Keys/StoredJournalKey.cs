namespace Empathy.Core.Storage.Keys;

/// <summary>
/// What a store keeps in clear about a key: its id, how it is made, the PBKDF2 salt and iteration count
/// for a passphrase, and the key check value that tells a right key from a wrong one. None of it lets
/// anyone compute the key. Made by <see cref="JournalKeyring.Create"/>; handed back to
/// <see cref="JournalKeyring.Open"/> as it was stored.
/// </summary>
/// <param name="KeyId">The key's id (1–64 letters, digits, '.', '_' or '-').</param>
/// <param name="Method">How the key is made: <c>pbkdf2-sha256</c> or <c>app-supplied</c>.</param>
/// <param name="Salt">The PBKDF2 salt; <see langword="null"/> for an app-supplied key.</param>
/// <param name="Iterations">The PBKDF2 iteration count; 0 for an app-supplied key.</param>
/// <param name="CheckValue">The key check value.</param>
/// <remarks>A record of arrays: treat it as immutable once made.</remarks>
public sealed record StoredJournalKey(string KeyId, string Method, byte[]? Salt, int Iterations, byte[] CheckValue);
