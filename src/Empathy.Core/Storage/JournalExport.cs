using Empathy.Core.Journal;

namespace Empathy.Core.Storage;

/// <summary>
/// Everything one owner wrote, as a versioned document the owner can keep or move to another store.
/// Made only when the owner asks (<see cref="IJournalStore.ExportAsync"/>); read and written as JSON by
/// <see cref="Serialization.JournalExportJson"/>, which also migrates documents written by older versions.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. The document names no owner, so it can be
/// imported under another owner id. Equality compares every member, lists by their items.
/// </remarks>
public sealed record JournalExport
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
            : throw new ArgumentOutOfRangeException(nameof(FormatVersion), value, $"Export format version must be between 1 and {CurrentFormatVersion}.");
    } = CurrentFormatVersion;

    /// <summary>When the export was made.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>The entries, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Entries));
            if (value.Any(e => e is null))
            {
                throw new ArgumentException("Entries must not contain null.", nameof(Entries));
            }

            field = [.. value];
        }
    } = [];

    /// <inheritdoc />
    public bool Equals(JournalExport? other) =>
        other is not null
        && FormatVersion == other.FormatVersion
        && ExportedAt == other.ExportedAt
        && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FormatVersion, ExportedAt, Entries.Count);
}
