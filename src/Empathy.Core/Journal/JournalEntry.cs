using Empathy.Core.Privacy;
using Empathy.Core.Utils;

namespace Empathy.Core.Journal;

/// <summary>
/// A private journal entry in the archaeologist's four layers: what happened (the excavated
/// artifacts), the automatic thoughts (first layer of soil), what the body felt (second layer of
/// soil), and what the writer did to cope (the excavation behaviour).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Every member is validated when it is set, including through
/// <c>with</c> expressions. Private text is held as <see cref="SensitiveText"/>, so an entry never
/// leaks its content through <see cref="object.ToString"/> or default serialization.
/// Equality compares every member, lists by their items. A list set to <see langword="null"/> reads as
/// empty, so a JSON document may leave out any list. The short free texts (each tag, each emotion's name) have
/// length limits (<see cref="MaxTagLength"/>, <see cref="EmotionRating.MaxEmotionLength"/>); an entry stored or
/// exported before they existed still loads unchanged (docs/storage.md).
/// </remarks>
public sealed record JournalEntry
{
    /// <summary>The schema version this library writes. Older documents are migrated on import.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// The longest tag allowed, in characters after trimming: 100, room for a word or a short label ("work",
    /// "after the team meeting"); the tag a journal query lists by has the same limit.
    /// </summary>
    public const int MaxTagLength = 100;

    /// <summary>The entry's identity.</summary>
    public required JournalEntryId Id { get; init; }

    /// <summary>The schema version the entry was written with, 1 to <see cref="CurrentSchemaVersion"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The version is not one this library knows.</exception>
    public int SchemaVersion
    {
        get;
        init
        {
            if (value is < 1 or > CurrentSchemaVersion)
            {
                throw new ArgumentOutOfRangeException(nameof(SchemaVersion), value, $"Schema version must be between 1 and {CurrentSchemaVersion}.");
            }

            field = value;
        }
    } = CurrentSchemaVersion;

    /// <summary>When the emotion was felt.</summary>
    public required DateTimeOffset FeltAt { get; init; }

    /// <summary>When the entry was written down; may be hours or days after <see cref="FeltAt"/>.</summary>
    public required DateTimeOffset LoggedAt { get; init; }

    /// <summary>
    /// The excavated artifacts: what happened, objectively, as a camera would have recorded it.
    /// </summary>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public required SensitiveText WhatHappened
    {
        get;
        init => field = JournalText.RequireText(value, nameof(WhatHappened));
    }

    /// <summary>The first layer of soil: the automatic thoughts, verbatim, even the catastrophic ones.</summary>
    /// <exception cref="ArgumentException">An item is blank.</exception>
    public IReadOnlyList<SensitiveText> AutomaticThoughts
    {
        get;
        init => field = JournalText.RequireTexts(value, nameof(AutomaticThoughts));
    } = [];

    /// <summary>The second layer of soil: what the body felt ("stomach clenched", "heart racing").</summary>
    /// <exception cref="ArgumentException">An item is blank.</exception>
    public IReadOnlyList<SensitiveText> BodySensations
    {
        get;
        init => field = JournalText.RequireTexts(value, nameof(BodySensations));
    } = [];

    /// <summary>The excavation behaviour: what the writer did to cope; <see langword="null"/> when not written.</summary>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public SensitiveText? WhatIDid
    {
        get;
        init => field = value is null ? null : JournalText.RequireText(value, nameof(WhatIDid));
    }

    /// <summary>
    /// The emotions felt, each with its intensity before and after writing; each emotion is named once
    /// (letter case aside), since one emotion has one rating.
    /// </summary>
    /// <remarks>
    /// Entries stored or exported by older versions, which allowed an emotion twice, still load: the read keeps
    /// the first rating of each emotion (see docs/storage.md).
    /// </remarks>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>, or one emotion is named twice.</exception>
    public IReadOnlyList<EmotionRating> Emotions
    {
        get;
        init => field = EmotionRating.RefuseRepeated(Guard.List(value, nameof(Emotions)), nameof(Emotions));
    } = [];

    /// <summary>How pleasant the moment felt, from −1 (very unpleasant) to 1 (very pleasant); optional.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside −1..1 or not a number.</exception>
    public double? Valence
    {
        get;
        init
        {
            if (value is { } v && !(v >= -1 && v <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(Valence), v, Guard.ValenceProblem(v));
            }

            field = value;
        }
    }

    /// <summary>The parts of life the entry is about; duplicates are removed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An area is not a defined <see cref="LifeArea"/>.</exception>
    public IReadOnlyList<LifeArea> LifeAreas
    {
        get;
        init => field = [.. Guard.DefinedValues(value, nameof(LifeAreas), "areas of life").Distinct()];
    } = [];

    /// <summary>
    /// Free-form tags, trimmed and lower-cased, each at most <see cref="MaxTagLength"/> characters; duplicates are removed.
    /// </summary>
    /// <remarks>
    /// A tag stored or exported before the limit existed still loads as it was written (docs/storage.md); setting the
    /// tags again checks the whole new list.
    /// </remarks>
    /// <exception cref="ArgumentException">A tag is blank or too long (the message counts tags from 1).</exception>
    public IReadOnlyList<string> Tags
    {
        get;
        init => field = [.. Guard.List<string, string>(value, (t, i) => Guard.Text(t, MaxTagLength, $"Tag {i + 1} of a journal entry", nameof(Tags), $"Tag {i + 1} of a journal entry must not be empty or white space.").ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    } = [];

    /// <summary>A planned look back at this entry; optional.</summary>
    public FollowUp? FollowUp { get; init; }

    /// <inheritdoc />
    public bool Equals(JournalEntry? other) =>
        other is not null
        && Id == other.Id
        && SchemaVersion == other.SchemaVersion
        && FeltAt == other.FeltAt
        && LoggedAt == other.LoggedAt
        && WhatHappened == other.WhatHappened
        && AutomaticThoughts.SequenceEqual(other.AutomaticThoughts)
        && BodySensations.SequenceEqual(other.BodySensations)
        && WhatIDid == other.WhatIDid
        && Emotions.SequenceEqual(other.Emotions)
        && Valence == other.Valence
        && LifeAreas.SequenceEqual(other.LifeAreas)
        && Tags.SequenceEqual(other.Tags)
        && FollowUp == other.FollowUp;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, FeltAt, LoggedAt);
}
