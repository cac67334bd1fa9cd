using System.Security.Cryptography;
using System.Text;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// A codec that does not encrypt: "sealed" data is the plaintext itself. For the in-memory store, whose
/// records never leave the process, so that it stores practice records through the same sealing code (JSON,
/// size limit, address checks) as the encrypted stores. Never use it for anything written to disk.
/// </summary>
internal sealed class PlainEntryCodec : IEntryCodec
{
    public static PlainEntryCodec Instance { get; } = new();

    private PlainEntryCodec()
    {
    }

    public string KeyId => "none";

    public byte[] Seal(ReadOnlySpan<byte> plaintext, EntryAddress address)
    {
        // The address is written in front so that data moved to another address fails to open, as it does
        // under a real codec (the in-memory store never moves data; this keeps its behaviour the same).
        var prefix = AddressBytes(address);
        var result = new byte[prefix.Length + plaintext.Length];
        prefix.CopyTo(result, 0);
        plaintext.CopyTo(result.AsSpan(prefix.Length));
        return result;
    }

    public bool TryOpen(ReadOnlySpan<byte> sealedData, EntryAddress address, out byte[] plaintext)
    {
        var prefix = AddressBytes(address);
        if (!sealedData.StartsWith(prefix))
        {
            plaintext = [];
            return false;
        }

        plaintext = sealedData[prefix.Length..].ToArray();
        return true;
    }

    public byte[] HashTag(string owner, string tag) => SHA256.HashData(Encoding.UTF8.GetBytes($"{owner}\n{tag}"));

    public byte[] Fingerprint(ReadOnlySpan<byte> data) => SHA256.HashData(data);

    public void Dispose()
    {
    }

    // Length-prefixed so that no two addresses share a prefix.
    private static byte[] AddressBytes(EntryAddress address)
    {
        var text = $"{address.Owner.Length}:{address.Owner}|{address.EntryId.Length}:{address.EntryId}|{address.SchemaVersion}\n";
        return Encoding.UTF8.GetBytes(text);
    }
}
