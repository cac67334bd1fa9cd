using Empathy.Core.Journal;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// An owner's journal entries in HealthKit's state-of-mind terms, as a versioned document: made by
/// <see cref="StateOfMindMapper.Export"/>, written and read by <c>StateOfMindMapper.ToJson</c> and
/// <c>StateOfMindMapper.FromJson</c> (<see cref="Serialization.StateOfMindJson"/>). It holds no private text: only times, valences, emotion
/// names and life areas.
/// </summary>
/// <remarks>Immutable and thread-safe; validated when set. Equality compares every member, lists by their items.</remarks>
public sealed record StateOfMindExport
{
    /// <summary>The document format this library writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The document format, 1 to <see cref="CurrentFormatVersion"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The version is not one this library knows.</exception>
    public int FormatVersion
    {
        get;
        init => field = value is >= 1 and <= CurrentFormatVersion
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FormatVersion), value, $"State-of-mind export format version must be between 1 and {CurrentFormatVersion}; a newer library wrote this document.");
    } = CurrentFormatVersion;

    /// <summary>When the export was made.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>One sample per entry that has a valence, oldest first.</summary>
    /// <exception cref="ArgumentException">The list holds null.</exception>
    public IReadOnlyList<StateOfMindSample> Samples
    {
        get;
        init
        {
            value ??= [];
            field = value.Any(s => s is null) ? throw new ArgumentException("Samples must not contain null.", nameof(Samples)) : [.. value];
        }
    } = [];

    /// <summary>The entries left out because they have no valence, which HealthKit requires.</summary>
    public IReadOnlyList<JournalEntryId> SkippedEntryIds
    {
        get;
        init => field = [.. value ?? []];
    } = [];

    /// <inheritdoc />
    public bool Equals(StateOfMindExport? other) =>
        other is not null
        && FormatVersion == other.FormatVersion
        && ExportedAt == other.ExportedAt
        && Samples.SequenceEqual(other.Samples)
        && SkippedEntryIds.SequenceEqual(other.SkippedEntryIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FormatVersion, ExportedAt, Samples.Count);
}
