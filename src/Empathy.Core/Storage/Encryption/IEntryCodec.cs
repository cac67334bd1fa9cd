namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// Seals a record's data for storage and opens it again, and hashes tags for a tag index: the part of an
/// encrypted store that touches keys. The production codec is <see cref="AesGcmEntryCodec"/>, made by
/// <see cref="Keys.JournalKeyring"/>; every encrypted store (SQLite, a database server) uses it the same way.
/// </summary>
/// <remarks>Implementations are thread-safe; disposing one wipes its keys.</remarks>
public interface IEntryCodec : IDisposable
{
    /// <summary>The id of the key this codec seals with, stored in clear beside every record.</summary>
    string KeyId { get; }

    /// <summary>Seals <paramref name="plaintext"/> for <paramref name="address"/>.</summary>
    /// <param name="plaintext">The record's data; the caller wipes it afterwards.</param>
    /// <param name="address">Where the sealed bytes belong; they open only there.</param>
    byte[] Seal(ReadOnlySpan<byte> plaintext, EntryAddress address);

    /// <summary>Opens data sealed for <paramref name="address"/>; <see langword="false"/> when it fails its integrity check.</summary>
    /// <param name="sealedData">The stored bytes.</param>
    /// <param name="address">Where the stored bytes were found.</param>
    /// <param name="plaintext">The data, when the check passed; the caller wipes it after use.</param>
    bool TryOpen(ReadOnlySpan<byte> sealedData, EntryAddress address, out byte[] plaintext);

    /// <summary>The value a tag index stores for <paramref name="tag"/> of <paramref name="owner"/>: keyed, so it reveals neither.</summary>
    /// <param name="owner">The owner's id.</param>
    /// <param name="tag">The tag as written.</param>
    byte[] HashTag(string owner, string tag);

    /// <summary>
    /// A keyed fingerprint of <paramref name="data"/> (32 bytes), for the per-owner row set digest
    /// (<see cref="OwnerDigest"/>): without the key nobody can compute one, so nobody can hide a deleted,
    /// moved or added row by fixing the digest.
    /// </summary>
    /// <param name="data">What to fingerprint.</param>
    byte[] Fingerprint(ReadOnlySpan<byte> data);
}
