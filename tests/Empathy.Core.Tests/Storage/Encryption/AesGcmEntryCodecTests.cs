using System.Security.Cryptography;
using Empathy.Core.Storage.Encryption;

namespace Empathy.Core.Tests.Storage.Encryption;

public sealed class AesGcmEntryCodecTests : IDisposable
{
    private static readonly EntryAddress Address = new("owner", "0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01", 1);
    private static readonly byte[] Plaintext = "{\"private\":\"words\"}"u8.ToArray();
    private readonly byte[] _master = RandomNumberGenerator.GetBytes(32);
    private readonly AesGcmEntryCodec _codec;

    public AesGcmEntryCodecTests() => _codec = Codec("key-1", _master);

    public void Dispose() => _codec.Dispose();

    private static AesGcmEntryCodec Codec(string keyId, byte[] master) => new(EntryKeys.DeriveAndWipe(keyId, master.ToArray()));

    [Fact]
    public void Seal_ThenOpen_ReturnsThePlaintext()
    {
        var sealedData = _codec.Seal(Plaintext, Address);

        Assert.True(_codec.TryOpen(sealedData, Address, out var opened));
        Assert.Equal(Plaintext, opened);
    }

    [Fact]
    public void Sealed_IsFormatNonceCiphertextTag() =>
        Assert.Equal(1 + AesGcmEntryCodec.NonceSize + Plaintext.Length + AesGcmEntryCodec.TagSize, _codec.Seal(Plaintext, Address).Length);

    public static TheoryData<string> OtherAddresses() => ["owner", "id", "schema"];

    [Theory]
    [MemberData(nameof(OtherAddresses))]
    public void Open_AtAnotherAddress_Fails(string change)
    {
        var sealedData = _codec.Seal(Plaintext, Address);
        var other = change switch
        {
            "owner" => Address with { Owner = "owner2" },
            "id" => Address with { EntryId = "0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d02" },
            _ => Address with { SchemaVersion = 2 },
        };

        Assert.False(_codec.TryOpen(sealedData, other, out var opened));
        Assert.Empty(opened);
    }

    [Fact]
    public void Open_UnderAnotherKeyIdWithTheSameKey_Fails()
    {
        using var renamed = Codec("key-2", _master);

        Assert.False(renamed.TryOpen(_codec.Seal(Plaintext, Address), Address, out _));
    }

    [Fact]
    public void Seal_UsesAFreshNonceEveryTime()
    {
        var nonces = Enumerable.Range(0, 5000).Select(_ => Convert.ToHexString(_codec.Seal(Plaintext, Address), 1, AesGcmEntryCodec.NonceSize)).ToList();

        Assert.Equal(nonces.Count, nonces.Distinct().Count());
    }

    [Fact]
    public void HashTag_DependsOnKeyOwnerAndTag()
    {
        using var otherKey = Codec("key-1", RandomNumberGenerator.GetBytes(32));

        var hash = _codec.HashTag("owner", "work");

        Assert.Equal(AesGcmEntryCodec.TagHashSize, hash.Length);
        Assert.Equal(hash, _codec.HashTag("owner", "work"));
        Assert.NotEqual(hash, _codec.HashTag("owner", "home"));
        Assert.NotEqual(hash, _codec.HashTag("owner2", "work"));
        Assert.NotEqual(hash, otherKey.HashTag("owner", "work"));
    }

    [Fact]
    public void Seal_IsSafeFromManyThreads()
    {
        var results = new System.Collections.Concurrent.ConcurrentBag<bool>();

        Parallel.For(0, 2000, _ => results.Add(_codec.TryOpen(_codec.Seal(Plaintext, Address), Address, out byte[] _)));

        Assert.All(results, Assert.True);
    }
}
