using System.Security.Cryptography;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// Seals journal entries into rows and opens rows back into entries, with the checks every encrypted
/// store makes: the key id, the authentication tag over owner, id and version, and that the clear id and
/// time columns still match the sealed content. Plaintext is wiped as soon as it is not needed.
/// </summary>
/// <remarks>Thread-safe (as thread-safe as the codec, which <see cref="AesGcmEntryCodec"/> is).</remarks>
public static class JournalEntrySealer
{
    /// <summary>Seals <paramref name="entry"/> of <paramref name="owner"/>.</summary>
    /// <param name="codec">The codec of the store's active key.</param>
    /// <param name="owner">Whose entry.</param>
    /// <param name="entry">The entry.</param>
    public static SealedJournalEntry Seal(IEntryCodec codec, JournalOwnerId owner, JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(entry);
        JournalOwnerId.ThrowIfDefault(owner);
        var plaintext = JournalEntryJson.SerializeToUtf8Bytes(entry);
        try
        {
            var id = entry.Id.ToString();
            var sealedData = codec.Seal(plaintext, new EntryAddress(owner.Value, id, entry.SchemaVersion));
            var tagHashes = entry.Tags.Select(tag => codec.HashTag(owner.Value, tag)).ToArray();
            return new SealedJournalEntry(entry, new SealedJournalRow(owner.Value, id, entry.FeltAt.UtcTicks, entry.SchemaVersion, codec.KeyId, sealedData), tagHashes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Opens a stored row.</summary>
    /// <param name="codec">The codec of the store's active key.</param>
    /// <param name="row">The row as it was read.</param>
    /// <param name="entry">The entry, when the row passed every check.</param>
    /// <param name="problem">What failed, without any private text; empty when it passed.</param>
    /// <returns><see langword="false"/> when the row failed a check: report it as tampered, by its id.</returns>
    /// <exception cref="JournalFormatException">The row is authentic but its data does not parse (a format problem, not tampering).</exception>
    public static bool TryOpen(IEntryCodec codec, SealedJournalRow row, out JournalEntry entry, out string problem)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(row);
        entry = null!;
        if (row.KeyId != codec.KeyId)
        {
            problem = $"It is marked as encrypted with key '{row.KeyId}', but the journal's key is '{codec.KeyId}'.";
            return false;
        }

        if (!codec.TryOpen(row.Sealed, row.Address, out var plaintext))
        {
            problem = "Its authentication tag does not match its owner, id and content.";
            return false;
        }

        try
        {
            return TryParse(row, plaintext, out entry, out problem);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// Opens a row with the old key and seals the same data under the new one, at the same address: the
    /// step of a key rotation. The data is not parsed again into a new version; only the key changes.
    /// </summary>
    /// <param name="from">The codec of the key being replaced.</param>
    /// <param name="to">The codec of the new key.</param>
    /// <param name="row">The row as it was read.</param>
    /// <param name="resealed">The row under the new key with its tag hashes, when the row passed every check.</param>
    /// <returns><see langword="false"/> when the row failed a check under the old key (report it; rotate nothing).</returns>
    /// <exception cref="JournalFormatException">The row is authentic but its data does not parse.</exception>
    public static bool TryReseal(IEntryCodec from, IEntryCodec to, SealedJournalRow row, out SealedJournalEntry resealed)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(row);
        resealed = null!;
        if (!from.TryOpen(row.Sealed, row.Address, out var plaintext))
        {
            return false;
        }

        try
        {
            if (!TryParse(row, plaintext, out var entry, out _))
            {
                return false;
            }

            var tagHashes = entry.Tags.Select(tag => to.HashTag(row.Owner, tag)).ToArray();
            resealed = new SealedJournalEntry(entry, row with { KeyId = to.KeyId, Sealed = to.Seal(plaintext, row.Address) }, tagHashes);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static bool TryParse(SealedJournalRow row, byte[] plaintext, out JournalEntry entry, out string problem)
    {
        // Authentic data that does not parse is not tampering (it was sealed by this library): it is a
        // format problem, and JournalFormatException says so.
        entry = JournalEntryJson.Deserialize(plaintext);
        if (entry.Id.ToString() != row.Id || entry.FeltAt.UtcTicks != row.FeltAtUtcTicks)
        {
            problem = "Its clear columns (id or time) were changed and no longer match its encrypted content.";
            return false;
        }

        problem = "";
        return true;
    }
}
