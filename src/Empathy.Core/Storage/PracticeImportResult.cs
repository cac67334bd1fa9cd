namespace Empathy.Core.Storage;

/// <summary>What <see cref="Empathy.Core.Storage.Practice.IPracticeStore.ImportAsync"/> did: how many records it added and how many it already had.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PracticeImportResult
{
    /// <summary>Records that were new (by kind and id) and were added.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int Added
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Added), value, "A count cannot be negative.");
    }

    /// <summary>
    /// Records whose kind and id the owner already had, left as they were: importing the same document
    /// twice changes nothing the second time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int AlreadyPresent
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(AlreadyPresent), value, "A count cannot be negative.");
    }

    /// <summary>Every record in the document: <see cref="Added"/> + <see cref="AlreadyPresent"/>.</summary>
    public int Total => Added + AlreadyPresent;
}
