using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// A keyed digest of one owner's set of rows: how many there are and the XOR of one keyed fingerprint per
/// row (over the owner, the id, a hash of the sealed bytes and the row's tag hashes). A store updates it in
/// the same transaction as every write, so checking it finds a row deleted, moved to another owner, added,
/// replaced by an older copy, or a changed or deleted tag index, none of which a single row's check sees.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. XOR makes the digest order-free and cheap to update (add and remove are the
/// same step), and without the codec's key nobody can compute a fingerprint to cancel a change out.
/// It cannot see the whole file (or the whole owner's rows and digest together) replaced by an older copy.
/// </remarks>
public readonly record struct OwnerDigest
{
    /// <summary>The size of <see cref="Value"/>, in bytes.</summary>
    public const int Size = 32;

    private readonly byte[]? _value;

    /// <summary>A digest of <paramref name="count"/> rows with accumulated <paramref name="value"/>, as stored.</summary>
    /// <param name="count">How many rows.</param>
    /// <param name="value">The accumulated fingerprints; <see cref="Size"/> bytes (anything else never matches).</param>
    public OwnerDigest(long count, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Count = count;
        _value = [.. value];
    }

    /// <summary>The digest of no rows.</summary>
    public static OwnerDigest Empty => new(0, new byte[Size]);

    /// <summary>How many rows.</summary>
    public long Count { get; }

    /// <summary>The accumulated fingerprints.</summary>
    public ReadOnlySpan<byte> Value => _value ?? new byte[Size];

    /// <summary>The fingerprint of one row with its tag hashes (in any order).</summary>
    /// <param name="codec">The codec of the store's active key.</param>
    /// <param name="row">The row.</param>
    /// <param name="tagHashes">The row's tag hashes, as written to (or read from) the tag index.</param>
    public static byte[] Fingerprint(IEntryCodec codec, SealedJournalRow row, IEnumerable<byte[]> tagHashes)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(tagHashes);
        using var data = new MemoryStream();
        Write(data, Encoding.UTF8.GetBytes(row.Owner));
        Write(data, Encoding.UTF8.GetBytes(row.Id));
        Write(data, SHA256.HashData(row.Sealed));
        foreach (var hash in tagHashes.Select(Convert.ToHexString).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Write(data, Encoding.ASCII.GetBytes(hash));
        }

        return codec.Fingerprint(data.ToArray());
    }

    /// <summary>This digest with a row added.</summary>
    /// <param name="fingerprint">The row's <see cref="Fingerprint"/>.</param>
    public OwnerDigest Add(ReadOnlySpan<byte> fingerprint) => Fold(Count + 1, fingerprint);

    /// <summary>This digest with a row removed.</summary>
    /// <param name="fingerprint">The row's <see cref="Fingerprint"/>, as it was added.</param>
    public OwnerDigest Remove(ReadOnlySpan<byte> fingerprint) => Fold(Count - 1, fingerprint);

    /// <summary>Whether two digests are the same (the value compared in constant time).</summary>
    /// <param name="other">The other digest.</param>
    public bool Matches(OwnerDigest other) => Count == other.Count && CryptographicOperations.FixedTimeEquals(Value, other.Value);

    /// <inheritdoc />
    public bool Equals(OwnerDigest other) => Matches(other);

    /// <inheritdoc />
    public override int GetHashCode() => Count.GetHashCode();

    private OwnerDigest Fold(long count, ReadOnlySpan<byte> fingerprint)
    {
        if (fingerprint.Length != Size)
        {
            throw new ArgumentException($"A row fingerprint is {Size} bytes; this one is {fingerprint.Length}.", nameof(fingerprint));
        }

        var value = Value.ToArray();
        for (var i = 0; i < Size && i < value.Length; i++)
        {
            value[i] ^= fingerprint[i];
        }

        return new OwnerDigest(count, value);
    }

    private static void Write(MemoryStream data, byte[] part)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, part.Length);
        data.Write(length);
        data.Write(part);
    }
}
