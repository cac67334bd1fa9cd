using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// Seals entry data with AES-256-GCM: a fresh random 96-bit nonce for every write, a 128-bit tag, and
/// associated data that binds the sealed bytes to their key id, owner, entry id and schema version.
/// Layout: <c>[format 1][nonce 12][ciphertext][tag 16]</c>.
/// </summary>
/// <remarks>
/// Thread-safe: each thread gets its own <see cref="AesGcm"/> and HMAC (neither is safe to share). Tags are
/// hashed with HMAC-SHA256 under a separate key, over the owner and the tag, truncated to 128 bits; the
/// hashes of recently used tags are kept in memory (at most 4,096) until the codec is disposed. Made by
/// <see cref="Keys.JournalKeyring"/> from a key provider; dispose it to wipe its keys.
/// </remarks>
public sealed class AesGcmEntryCodec : IEntryCodec
{
    /// <summary>The algorithm's name, as a store records it so a file is never opened with another codec.</summary>
    public const string Algorithm = "aes-256-gcm";

    /// <summary>The size of a sealed record's random nonce, in bytes.</summary>
    public const int NonceSize = 12;

    /// <summary>The size of a sealed record's authentication tag, in bytes.</summary>
    public const int TagSize = 16;

    /// <summary>The size of a tag hash, in bytes.</summary>
    public const int TagHashSize = 16;

    /// <summary>How many bytes sealing adds to the plaintext (format byte, nonce, tag).</summary>
    public const int Overhead = 1 + NonceSize + TagSize;

    private const byte FormatVersion = 1;
    private const int HeaderSize = 1 + NonceSize;
    private const int MaxStackAssociatedData = 512;
    private const int MaxCachedTagHashes = 4096;

    private static ReadOnlySpan<byte> Magic => "EMPJ"u8;

    private readonly EntryKeys _keys;
    private readonly byte[] _associatedDataPrefix;
    private readonly ThreadLocal<AesGcm> _ciphers;
    private readonly ThreadLocal<IncrementalHash> _tagHashers;
    private readonly ConcurrentDictionary<(string Owner, string Tag), byte[]> _tagHashCache = new();

    internal AesGcmEntryCodec(EntryKeys keys)
    {
        _keys = keys;
        _associatedDataPrefix = AssociatedDataPrefix(keys.KeyId);
        _ciphers = new ThreadLocal<AesGcm>(() => new AesGcm(_keys.EncryptionKey, TagSize), trackAllValues: true);
        _tagHashers = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _keys.TagKey), trackAllValues: true);
    }

    /// <inheritdoc />
    public string KeyId => _keys.KeyId;

    /// <summary>The key check value: a one-way value of the master key that a store keeps to tell a right key from a wrong one.</summary>
    public ReadOnlySpan<byte> CheckValue => _keys.CheckValue;

    /// <inheritdoc />
    public byte[] Seal(ReadOnlySpan<byte> plaintext, EntryAddress address)
    {
        var output = new byte[HeaderSize + plaintext.Length + TagSize];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        NonceSource.Fill(nonce);

        var length = AssociatedDataLength(address);
        var associatedData = length <= MaxStackAssociatedData ? stackalloc byte[length] : new byte[length];
        WriteAssociatedData(address, associatedData);
        _ciphers.Value!.Encrypt(nonce, plaintext, output.AsSpan(HeaderSize, plaintext.Length), output.AsSpan(HeaderSize + plaintext.Length), associatedData);
        return output;
    }

    /// <inheritdoc />
    public bool TryOpen(ReadOnlySpan<byte> sealedData, EntryAddress address, out byte[] plaintext)
    {
        plaintext = [];
        if (sealedData.Length < HeaderSize + TagSize || sealedData[0] != FormatVersion)
        {
            return false;
        }

        var length = sealedData.Length - HeaderSize - TagSize;
        var output = new byte[length];
        var associatedLength = AssociatedDataLength(address);
        var associatedData = associatedLength <= MaxStackAssociatedData ? stackalloc byte[associatedLength] : new byte[associatedLength];
        WriteAssociatedData(address, associatedData);
        try
        {
            _ciphers.Value!.Decrypt(
                sealedData.Slice(1, NonceSize),
                sealedData.Slice(HeaderSize, length),
                sealedData.Slice(HeaderSize + length, TagSize),
                output,
                associatedData);
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        plaintext = output;
        return true;
    }

    /// <inheritdoc />
    public byte[] HashTag(string owner, string tag)
    {
        // People reuse a handful of tags, so their hashes are kept (bounded) instead of recomputed.
        if (_tagHashCache.TryGetValue((owner, tag), out var cached))
        {
            return cached;
        }

        if (_tagHashCache.Count >= MaxCachedTagHashes)
        {
            _tagHashCache.Clear();
        }

        return _tagHashCache[(owner, tag)] = ComputeTagHash(owner, tag);
    }

    private byte[] ComputeTagHash(string owner, string tag)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(owner) + 1 + Encoding.UTF8.GetByteCount(tag)];
        var written = Encoding.UTF8.GetBytes(owner, input);
        input[written] = 0; // owner ids cannot hold control characters, so 0 separates unambiguously
        Encoding.UTF8.GetBytes(tag, input.AsSpan(written + 1));
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var hasher = _tagHashers.Value!;
        hasher.AppendData(input);
        hasher.GetHashAndReset(hash);
        return hash[..TagHashSize].ToArray();
    }

    /// <inheritdoc />
    public byte[] Fingerprint(ReadOnlySpan<byte> data) => HMACSHA256.HashData(_keys.DigestKey, data);

    /// <summary>Wipes the keys and releases the ciphers.</summary>
    public void Dispose()
    {
        foreach (var cipher in _ciphers.Values)
        {
            cipher.Dispose();
        }

        foreach (var hasher in _tagHashers.Values)
        {
            hasher.Dispose();
        }

        _ciphers.Dispose();
        _tagHashers.Dispose();
        _tagHashCache.Clear();
        _keys.Dispose();
    }

    /// <summary>
    /// "EMPJ", format, then key id, owner and entry id each with a 16-bit length prefix, then the schema
    /// version: unambiguous, so no two addresses share associated data. The part up to the key id is the
    /// same for every entry and is built once.
    /// </summary>
    private static byte[] AssociatedDataPrefix(string keyId)
    {
        var prefix = new byte[Magic.Length + 1 + sizeof(ushort) + Encoding.UTF8.GetByteCount(keyId)];
        Magic.CopyTo(prefix);
        prefix[Magic.Length] = FormatVersion;
        WriteText(prefix, Magic.Length + 1, keyId);
        return prefix;
    }

    private int AssociatedDataLength(EntryAddress address) =>
        _associatedDataPrefix.Length + (2 * sizeof(ushort)) + sizeof(int)
        + Encoding.UTF8.GetByteCount(address.Owner) + Encoding.UTF8.GetByteCount(address.EntryId);

    private void WriteAssociatedData(EntryAddress address, Span<byte> data)
    {
        _associatedDataPrefix.CopyTo(data);
        var position = WriteText(data, _associatedDataPrefix.Length, address.Owner);
        position = WriteText(data, position, address.EntryId);
        BinaryPrimitives.WriteInt32LittleEndian(data[position..], address.SchemaVersion);
    }

    private static int WriteText(Span<byte> data, int position, string text)
    {
        var count = Encoding.UTF8.GetBytes(text, data[(position + sizeof(ushort))..]);
        BinaryPrimitives.WriteUInt16LittleEndian(data[position..], checked((ushort)count));
        return position + sizeof(ushort) + count;
    }
}
