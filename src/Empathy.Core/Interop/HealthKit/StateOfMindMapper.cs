using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Utils;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// Puts journal entries in Apple HealthKit's state-of-mind terms (kind, valence, labels,
/// associations) and reads them back, for apps that write <c>HKStateOfMind</c> samples. No Apple SDK
/// is involved: the terms are plain data and JSON, named as Apple names them.
/// </summary>
/// <remarks>
/// Thread-safe; keeps no state besides its options. What is carried and what is not is tabled in
/// docs/interop.md: the private text of an entry never leaves it this way. Its JSON methods
/// (<c>ToJson</c>, <c>FromJson</c>) are in <see cref="Serialization.StateOfMindJson"/>.
/// </remarks>
public sealed class StateOfMindMapper : IStateOfMindMapper
{
    /// <summary>Creates a mapper.</summary>
    /// <param name="options">The daily-mood tag, label synonyms and imported-entry text; <see langword="null"/> for the defaults.</param>
    public StateOfMindMapper(StateOfMindOptions? options = null) => Options = options ?? new StateOfMindOptions();

    /// <summary>The options in use.</summary>
    public StateOfMindOptions Options { get; }

    /// <summary>The entry in HealthKit's terms, or <see langword="null"/> when it has no valence (HealthKit requires one).</summary>
    /// <param name="entry">A journal entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is <see langword="null"/>.</exception>
    public StateOfMindSample? ToSample(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Valence is not { } valence)
        {
            return null;
        }

        // The names are the entry's, checked when they were set or kept as an earlier version wrote them: an entry
        // that loaded must map, whatever limits were added since (docs/storage.md).
        using var earlier = EarlierData.Reading();
        var emotions = entry.Emotions.Select(e => new StateOfMindEmotion
        {
            Name = e.Emotion,
            Label = StateOfMindLabels.Find(e.Emotion, Options.LabelSynonyms),
            IntensityBefore = e.IntensityBefore,
            IntensityAfter = e.IntensityAfter,
        }).ToList();
        return new StateOfMindSample
        {
            EntryId = entry.Id,
            Date = entry.FeltAt,
            Kind = entry.Tags.Contains(Options.DailyMoodTag, StringComparer.Ordinal) ? StateOfMindKind.DailyMood : StateOfMindKind.MomentaryEmotion,
            Valence = valence,
            Labels = [.. emotions.Where(e => e.Label is not null).Select(e => e.Label!.Value)],
            Associations = [.. entry.LifeAreas.Select(ToAssociation)],
            Emotions = emotions,
        };
    }

    /// <summary>An owner's entries as a state-of-mind export: one sample per entry with a valence, oldest first.</summary>
    /// <param name="entries">The entries (a <see cref="Storage.JournalExport"/>'s, for instance).</param>
    /// <param name="exportedAt">When the export is made.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is or holds <see langword="null"/>.</exception>
    public StateOfMindExport Export(IEnumerable<JournalEntry> entries, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var samples = new List<StateOfMindSample>();
        var skipped = new List<JournalEntryId>();
        foreach (var entry in entries.OrderBy(e => e.FeltAt))
        {
            if (ToSample(entry ?? throw new ArgumentNullException(nameof(entries), "The entries must not hold null.")) is { } sample)
            {
                samples.Add(sample);
            }
            else
            {
                skipped.Add(entry.Id);
            }
        }

        return new StateOfMindExport { ExportedAt = exportedAt, Samples = samples, SkippedEntryIds = skipped };
    }

    /// <summary>
    /// <paramref name="entry"/> with the fields a sample carries taken from <paramref name="sample"/>:
    /// felt-at time, valence, emotions, life areas and the daily-mood tag. Everything else is kept.
    /// </summary>
    /// <param name="entry">The entry the sample came from (or is to update).</param>
    /// <param name="sample">The sample.</param>
    /// <exception cref="ArgumentException">The sample is for another entry.</exception>
    public JournalEntry Apply(JournalEntry entry, StateOfMindSample sample)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(sample);
        if (entry.Id != sample.EntryId)
        {
            throw new ArgumentException($"The sample is for entry {sample.EntryId}, not {entry.Id}.", nameof(sample));
        }

        // The entry's own tags are set again (with or without the daily-mood tag), and the sample's names were checked
        // when it was made: an entry that loaded with a tag over a limit added since must not be refused for it.
        using var earlier = EarlierData.Reading();
        var otherTags = entry.Tags.Where(t => t != Options.DailyMoodTag);
        return entry with
        {
            FeltAt = sample.Date,
            Valence = sample.Valence,
            Emotions = Ratings(sample),
            LifeAreas = [.. sample.Associations.Select(ToLifeArea)],
            Tags = sample.Kind == StateOfMindKind.DailyMood ? [.. otherTags, Options.DailyMoodTag] : [.. otherTags],
        };
    }

    /// <summary>
    /// A new journal entry from a sample that has none (one read from another device): the mapped
    /// fields from the sample, <see cref="StateOfMindOptions.ImportedEntryText"/> as what happened, and
    /// the sample's date as both felt-at and logged-at time.
    /// </summary>
    /// <param name="sample">The sample.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> is <see langword="null"/>.</exception>
    public JournalEntry ToEntry(StateOfMindSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var entry = new JournalEntry
        {
            Id = sample.EntryId,
            FeltAt = sample.Date,
            LoggedAt = sample.Date,
            WhatHappened = new SensitiveText(Options.ImportedEntryText),
        };
        return Apply(entry, sample);
    }

    /// <summary>The HealthKit association for a life area (they share their names).</summary>
    /// <param name="area">A life area.</param>
    public static StateOfMindAssociation ToAssociation(LifeArea area) => Enum.Parse<StateOfMindAssociation>(area.ToString());

    /// <summary>The life area for a HealthKit association (they share their names).</summary>
    /// <param name="association">An association.</param>
    public static LifeArea ToLifeArea(StateOfMindAssociation association) => Enum.Parse<LifeArea>(association.ToString());

    // Our own emotions when the sample has them; else (a sample from another app) one per label,
    // rated with the strength of the valence, since HealthKit has no intensity.
    private static EmotionRating[] Ratings(StateOfMindSample sample) =>
        sample.Emotions.Count > 0
            ? [.. sample.Emotions.Select(e => new EmotionRating { Emotion = e.Name, IntensityBefore = e.IntensityBefore, IntensityAfter = e.IntensityAfter })]
            : [.. sample.Labels.Select(l => new EmotionRating { Emotion = StateOfMindLabels.NameOf(l), IntensityBefore = (int)Math.Round(Math.Abs(sample.Valence) * 100) })];
}
