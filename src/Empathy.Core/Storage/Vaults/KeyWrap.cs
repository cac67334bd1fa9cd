using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Empathy.Core.Storage.Vaults;

/// <summary>
/// Wraps a 256-bit key under another with AES-256-GCM: a random 96-bit nonce, a 128-bit tag, and
/// associated data that binds the wrapping to its owner, its purpose and its key id, so a wrapped key
/// copied to another owner or slot fails to open. Layout: <c>[format 1][nonce 12][key 32][tag 16]</c>.
/// </summary>
internal static class KeyWrap
{
    public const int KeySize = 32;
    public const int WrappedSize = 1 + NonceSize + KeySize + TagSize;

    private const byte Format = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Wrap(ReadOnlySpan<byte> kek, ReadOnlySpan<byte> key, string owner, string purpose, string keyId)
    {
        var output = new byte[WrappedSize];
        output[0] = Format;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(kek, TagSize);
        aes.Encrypt(nonce, key, output.AsSpan(1 + NonceSize, KeySize), output.AsSpan(1 + NonceSize + KeySize), AssociatedData(owner, purpose, keyId));
        return output;
    }

    /// <summary>The unwrapped key, or <see langword="null"/> when the wrapping does not open (wrong key or changed bytes).</summary>
    public static byte[]? TryUnwrap(ReadOnlySpan<byte> kek, ReadOnlySpan<byte> wrapped, string owner, string purpose, string keyId)
    {
        if (wrapped.Length != WrappedSize || wrapped[0] != Format)
        {
            return null;
        }

        var key = new byte[KeySize];
        using var aes = new AesGcm(kek, TagSize);
        try
        {
            aes.Decrypt(wrapped.Slice(1, NonceSize), wrapped.Slice(1 + NonceSize, KeySize), wrapped.Slice(1 + NonceSize + KeySize), key, AssociatedData(owner, purpose, keyId));
            return key;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(key);
            return null;
        }
    }

    // "EMPV", format, then owner, purpose and key id each with a 16-bit length prefix: unambiguous.
    private static byte[] AssociatedData(string owner, string purpose, string keyId)
    {
        var parts = new[] { owner, purpose, keyId };
        var data = new byte[5 + parts.Sum(p => sizeof(ushort) + Encoding.UTF8.GetByteCount(p))];
        "EMPV"u8.CopyTo(data);
        data[4] = Format;
        var position = 5;
        foreach (var part in parts)
        {
            var count = Encoding.UTF8.GetBytes(part, data.AsSpan(position + sizeof(ushort)));
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(position), checked((ushort)count));
            position += sizeof(ushort) + count;
        }

        return data;
    }
}
