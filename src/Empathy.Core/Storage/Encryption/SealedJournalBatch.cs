using Empathy.Core.Journal;

namespace Empathy.Core.Storage.Encryption;

/// <summary>
/// Entries sealed with one codec, before a store takes its write lock (so writers queue only for the
/// database). If the store's key was rotated in between, <see cref="For"/> seals them again with the new
/// codec: a batch is never written under a key the store no longer holds.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SealedJournalBatch
{
    private readonly JournalOwnerId _owner;
    private readonly IReadOnlyCollection<JournalEntry> _entries;

    private SealedJournalBatch(IEntryCodec codec, JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries)
    {
        Codec = codec;
        _owner = owner;
        _entries = entries;
        Rows = [.. entries.Select(entry => JournalEntrySealer.Seal(codec, owner, entry))];
    }

    /// <summary>The codec the rows are sealed with.</summary>
    public IEntryCodec Codec { get; }

    /// <summary>The sealed entries, in the order given.</summary>
    public IReadOnlyList<SealedJournalEntry> Rows { get; }

    /// <summary>Seals <paramref name="entries"/> of <paramref name="owner"/> with <paramref name="codec"/>.</summary>
    /// <param name="codec">The codec of the store's active key.</param>
    /// <param name="owner">Whose entries.</param>
    /// <param name="entries">The entries; not null, no null item.</param>
    public static SealedJournalBatch Seal(IEntryCodec codec, JournalOwnerId owner, IReadOnlyCollection<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(entries);
        return new SealedJournalBatch(codec, owner, entries);
    }

    /// <summary>This batch when it was sealed with <paramref name="codec"/>; otherwise the same entries sealed again with it.</summary>
    /// <param name="codec">The codec the store holds now, under its write lock.</param>
    public SealedJournalBatch For(IEntryCodec codec) =>
        ReferenceEquals(codec, Codec) ? this : new SealedJournalBatch(codec, _owner, _entries);
}
