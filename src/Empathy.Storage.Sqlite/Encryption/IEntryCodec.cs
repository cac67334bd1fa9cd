namespace Empathy.Storage.Sqlite.Encryption;

/// <summary>
/// Seals an entry's data for storage and opens it again, and hashes tags for the tag index. The
/// production codec is <see cref="AesGcmEntryCodec"/>; <see cref="UnencryptedEntryCodecForMeasurement"/>
/// exists only so the benchmark can show what encryption costs.
/// </summary>
internal interface IEntryCodec : IDisposable
{
    /// <summary>The codec's name, stored in the database so a journal is never opened with another codec.</summary>
    string Name { get; }

    /// <summary>The id of the key this codec seals with, stored beside every entry.</summary>
    string KeyId { get; }

    /// <summary>Seals <paramref name="plaintext"/> for <paramref name="address"/>.</summary>
    byte[] Seal(ReadOnlySpan<byte> plaintext, EntryAddress address);

    /// <summary>Opens data sealed for <paramref name="address"/>; <see langword="false"/> when it fails its integrity check.</summary>
    bool TryOpen(ReadOnlySpan<byte> sealedData, EntryAddress address, out byte[] plaintext);

    /// <summary>The value stored in the tag index for <paramref name="tag"/> of <paramref name="owner"/>.</summary>
    byte[] HashTag(string owner, string tag);
}
