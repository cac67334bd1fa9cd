namespace Empathy.Core.Storage.Practice;

/// <summary>
/// Everything one owner has, journal and practice records, as one versioned document: what a person takes to
/// another app. Made by <see cref="PracticeStoreExtensions.ExportOwnerDataAsync"/> when the owner asks; read and
/// written as JSON by <see cref="OwnerDataExportJson"/>, which also migrates documents of older formats.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. The document names no owner, so it can be imported under
/// another owner id; importing it (<see cref="PracticeStoreExtensions.ImportOwnerDataAsync"/>) is idempotent.
/// Equality compares every member.
/// </remarks>
public sealed record OwnerDataExport
{
    /// <summary>The document format this library writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The document format, 1 to <see cref="CurrentFormatVersion"/>. Older formats are migrated when read.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The version is not one this library knows.</exception>
    public int FormatVersion
    {
        get;
        init => field = value is >= 1 and <= CurrentFormatVersion
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FormatVersion), value, $"Owner data export format version must be between 1 and {CurrentFormatVersion}.");
    } = CurrentFormatVersion;

    /// <summary>When the export was made.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>The owner's journal entries.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required JournalExport Journal { get; init => field = value ?? throw new ArgumentNullException(nameof(Journal)); }

    /// <summary>The owner's practice records.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public required PracticeExport Practice { get; init => field = value ?? throw new ArgumentNullException(nameof(Practice)); }
}
