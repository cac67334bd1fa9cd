namespace Empathy.Core.Storage;

/// <summary>What <see cref="IJournalStore.ImportAsync"/> did: how many entries it added and how many it already had.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JournalImportResult
{
    /// <summary>Entries that were new and were added.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int Added
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Added), value, "A count cannot be negative.");
    }

    /// <summary>
    /// Entries whose id the owner already had, left as they were: importing the same document twice
    /// changes nothing the second time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int AlreadyPresent
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(AlreadyPresent), value, "A count cannot be negative.");
    }

    /// <summary>Every entry in the document: <see cref="Added"/> + <see cref="AlreadyPresent"/>.</summary>
    public int Total => Added + AlreadyPresent;
}
