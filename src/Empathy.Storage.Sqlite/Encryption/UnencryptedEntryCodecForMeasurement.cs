using System.Text;
using Empathy.Core.Storage.Encryption;

namespace Empathy.Storage.Sqlite.Encryption;

/// <summary>
/// MEASUREMENT ONLY: stores entry data and tags in clear, so the benchmark can compare the same store
/// with and without encryption. Internal (visible to the benchmark and tests only) and recorded in the
/// database as its codec, so no app can switch it on and an encrypted journal never opens with it.
/// </summary>
internal sealed class UnencryptedEntryCodecForMeasurement : IEntryCodec
{
    public const string CodecName = "none-for-measurement-only";

    public string KeyId => "";

    public byte[] Seal(ReadOnlySpan<byte> plaintext, EntryAddress address) => plaintext.ToArray();

    public bool TryOpen(ReadOnlySpan<byte> sealedData, EntryAddress address, out byte[] plaintext)
    {
        plaintext = sealedData.ToArray();
        return true;
    }

    public byte[] HashTag(string owner, string tag) => Encoding.UTF8.GetBytes(tag);

    public byte[] Fingerprint(ReadOnlySpan<byte> data) => System.Security.Cryptography.SHA256.HashData(data);

    public void Dispose()
    {
    }
}
