using Empathy.Core.Boundaries;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.Exercises;
using Empathy.Core.Relationships;
using Empathy.Core.SelfEmpathy;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// Every practice record one owner has, of every kind, as a versioned document the owner can keep or move to
/// another store or app. Made only when the owner asks (<see cref="IPracticeStore.ExportAsync"/>); read and
/// written as JSON by <see cref="PracticeExportJson"/> (alone) or <see cref="OwnerDataExportJson"/> (with the journal).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; validated on every init. The document names no owner, so it can be imported under
/// another owner id. Each list is in time order, oldest first, as a store exports it. Equality compares every
/// member, lists by their items.
/// </remarks>
public sealed record PracticeExport
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
            : throw new ArgumentOutOfRangeException(nameof(FormatVersion), value, $"Practice export format version must be between 1 and {CurrentFormatVersion}.");
    } = CurrentFormatVersion;

    /// <summary>When the export was made.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>The relationships (<see cref="PracticeKinds.Relationships"/>).</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/> or the same id twice.</exception>
    public IReadOnlyList<PracticeRecord<Relationship>> Relationships { get; init => field = Checked(value, nameof(Relationships)); } = [];

    /// <summary>The energy tanks (<see cref="PracticeKinds.EnergyTanks"/>).</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/> or the same id twice.</exception>
    public IReadOnlyList<PracticeRecord<EnergyTank>> EnergyTanks { get; init => field = Checked(value, nameof(EnergyTanks)); } = [];

    /// <summary>The inner critics (<see cref="PracticeKinds.InnerCritics"/>).</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/> or the same id twice.</exception>
    public IReadOnlyList<PracticeRecord<InnerCritic>> InnerCritics { get; init => field = Checked(value, nameof(InnerCritics)); } = [];

    /// <summary>The boundary maps (<see cref="PracticeKinds.BoundaryMaps"/>).</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/> or the same id twice.</exception>
    public IReadOnlyList<PracticeRecord<BoundaryMap>> BoundaryMaps { get; init => field = Checked(value, nameof(BoundaryMaps)); } = [];

    /// <summary>The exercise responses (<see cref="PracticeKinds.ExerciseResponses"/>).</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/> or the same id twice.</exception>
    public IReadOnlyList<PracticeRecord<ExerciseResponse>> ExerciseResponses { get; init => field = Checked(value, nameof(ExerciseResponses)); } = [];

    /// <summary>The self-empathy notes (<see cref="PracticeKinds.SelfEmpathyNotes"/>).</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/> or the same id twice.</exception>
    public IReadOnlyList<PracticeRecord<SelfEmpathyNote>> SelfEmpathyNotes { get; init => field = Checked(value, nameof(SelfEmpathyNotes)); } = [];

    /// <summary>How many records the document holds, all kinds together.</summary>
    public int Count => PracticeKinds.All.Sum(k => k.CountIn(this));

    /// <summary>The records of <paramref name="kind"/>.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="kind">One of <see cref="PracticeKinds"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="PracticeKinds"/>.</exception>
    public IReadOnlyList<PracticeRecord<T>> RecordsOf<T>(PracticeKind<T> kind)
        where T : class
    {
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        return kind.RecordsIn(this);
    }

    /// <summary>A copy of this document with the records of <paramref name="kind"/> replaced by <paramref name="records"/>.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="kind">One of <see cref="PracticeKinds"/>.</param>
    /// <param name="records">The records of that kind.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is unknown, or the list holds <see langword="null"/> or the same id twice.</exception>
    public PracticeExport WithRecords<T>(PracticeKind<T> kind, IReadOnlyList<PracticeRecord<T>> records)
        where T : class
    {
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(records);
        return kind.WithRecords(this, records);
    }

    /// <inheritdoc />
    public bool Equals(PracticeExport? other) =>
        other is not null
        && FormatVersion == other.FormatVersion
        && ExportedAt == other.ExportedAt
        && Relationships.SequenceEqual(other.Relationships)
        && EnergyTanks.SequenceEqual(other.EnergyTanks)
        && InnerCritics.SequenceEqual(other.InnerCritics)
        && BoundaryMaps.SequenceEqual(other.BoundaryMaps)
        && ExerciseResponses.SequenceEqual(other.ExerciseResponses)
        && SelfEmpathyNotes.SequenceEqual(other.SelfEmpathyNotes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FormatVersion, ExportedAt, Count);

    private static PracticeRecord<T>[] Checked<T>(IReadOnlyList<PracticeRecord<T>> value, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        var seen = new HashSet<PracticeRecordId>();
        foreach (var record in value)
        {
            if (record is null)
            {
                throw new ArgumentException($"{name} must not contain null.", name);
            }

            if (!seen.Add(record.Id))
            {
                throw new ArgumentException($"{name} holds id {record.Id} twice; ids are unique per kind.", name);
            }
        }

        return [.. value];
    }
}
