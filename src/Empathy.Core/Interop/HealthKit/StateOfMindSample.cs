using Empathy.Core.Journal;
using Empathy.Core.Utils;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// One journal entry in HealthKit's state-of-mind terms: what an app passes to
/// <c>HKStateOfMind(date:kind:valence:labels:associations:)</c>, plus the entry's id (a good
/// <c>HKMetadataKeySyncIdentifier</c>) and its emotions under our own names and intensities.
/// </summary>
/// <remarks>Immutable and thread-safe; validated when set. Equality compares every member, lists by their items.</remarks>
public sealed record StateOfMindSample
{
    /// <summary>The journal entry this sample comes from.</summary>
    public required JournalEntryId EntryId { get; init; }

    /// <summary>When the emotion was felt (the entry's <see cref="JournalEntry.FeltAt"/>).</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>A momentary emotion or a daily mood.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined kind.</exception>
    public required StateOfMindKind Kind
    {
        get;
        init => field = Guard.Defined(value, nameof(Kind), "state-of-mind kinds (a momentary emotion, a daily mood)");
    }

    /// <summary>How pleasant it felt, from −1 (very unpleasant) to 1 (very pleasant), as HealthKit requires.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside −1..1 or not a number.</exception>
    public required double Valence
    {
        get;
        init => field = value is >= -1 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Valence), value, Guard.ValenceProblem(value));
    }

    /// <summary>The HealthKit labels of the entry's emotions, each once, in the order of the emotions.</summary>
    public IReadOnlyList<StateOfMindLabel> Labels
    {
        get;
        init => field = [.. Guard.DefinedValues(value, nameof(Labels), "HealthKit labels").Distinct()];
    } = [];

    /// <summary>The facets of life the entry is about, each once.</summary>
    public IReadOnlyList<StateOfMindAssociation> Associations
    {
        get;
        init => field = [.. Guard.DefinedValues(value, nameof(Associations), "HealthKit associations").Distinct()];
    } = [];

    /// <summary>The entry's emotions under our own names, with their labels and intensities (HealthKit ignores this).</summary>
    /// <exception cref="ArgumentException">The list holds null.</exception>
    public IReadOnlyList<StateOfMindEmotion> Emotions
    {
        get;
        init
        {
            value ??= [];
            field = value.Any(e => e is null) ? throw new ArgumentException("Emotions must not contain null.", nameof(Emotions)) : [.. value];
        }
    } = [];

    /// <inheritdoc />
    public bool Equals(StateOfMindSample? other) =>
        other is not null
        && EntryId == other.EntryId
        && Date == other.Date
        && Kind == other.Kind
        && Valence.Equals(other.Valence)
        && Labels.SequenceEqual(other.Labels)
        && Associations.SequenceEqual(other.Associations)
        && Emotions.SequenceEqual(other.Emotions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EntryId, Date, Kind, Valence);
}
