using System.Security.Cryptography;
using System.Text;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// The keys derived from one master key with HKDF-SHA256, each for one purpose: encrypting entries,
/// hashing tags, and the key check value stored in the database to tell a right key from a wrong one.
/// </summary>
internal sealed class EntryKeys : IDisposable
{
    public const int Size = 32;

    // The labels name the first store that used them; they stay as they are so existing files keep opening.
    private static readonly byte[] EncryptionInfo = Encoding.ASCII.GetBytes("Empathy.Storage.Sqlite v1 entry encryption");
    private static readonly byte[] TagInfo = Encoding.ASCII.GetBytes("Empathy.Storage.Sqlite v1 tag index");
    private static readonly byte[] CheckInfo = Encoding.ASCII.GetBytes("Empathy.Storage.Sqlite v1 key check");
    private static readonly byte[] DigestInfo = Encoding.ASCII.GetBytes("Empathy.Storage v1 row set digest");

    private EntryKeys(string keyId, byte[] encryption, byte[] tag, byte[] check, byte[] digest)
    {
        DigestKey = digest;
        KeyId = keyId;
        EncryptionKey = encryption;
        TagKey = tag;
        CheckValue = check;
    }

    public string KeyId { get; }

    public byte[] EncryptionKey { get; }

    public byte[] TagKey { get; }

    /// <summary>The key of the per-owner row set digest (<see cref="OwnerDigest"/>).</summary>
    public byte[] DigestKey { get; }

    /// <summary>A one-way value of the master key; safe to store, reveals nothing about the keys.</summary>
    public byte[] CheckValue { get; }

    /// <summary>Derives the keys and wipes <paramref name="masterKey"/>.</summary>
    public static EntryKeys DeriveAndWipe(string keyId, byte[] masterKey)
    {
        try
        {
            return new EntryKeys(keyId, Derive(masterKey, EncryptionInfo), Derive(masterKey, TagInfo), Derive(masterKey, CheckInfo), Derive(masterKey, DigestInfo));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(masterKey);
        }
    }

    /// <summary>Whether <paramref name="stored"/> is this key's check value (compared in constant time).</summary>
    public bool Matches(ReadOnlySpan<byte> stored) => CryptographicOperations.FixedTimeEquals(CheckValue, stored);

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(EncryptionKey);
        CryptographicOperations.ZeroMemory(TagKey);
        CryptographicOperations.ZeroMemory(DigestKey);
    }

    private static byte[] Derive(byte[] masterKey, byte[] info)
    {
        var output = new byte[Size];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, output, salt: [], info);
        return output;
    }
}
