using Empathy.Core.Journal;
using Empathy.Core.Utils;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>How journal entries are put in HealthKit's state-of-mind terms and read back.</summary>
/// <remarks>Immutable and thread-safe; validated when set.</remarks>
public sealed record StateOfMindOptions
{
    /// <summary>
    /// The tag that marks an entry as a daily mood rather than a momentary emotion (default
    /// <c>daily-mood</c>); imported daily moods get it. Lower-case, and at most <see cref="JournalEntry.MaxTagLength"/>
    /// characters, as journal tags are.
    /// </summary>
    /// <exception cref="ArgumentException">The tag is blank or too long.</exception>
    public string DailyMoodTag
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(DailyMoodTag));
            field = Guard.Length(value.Trim(), JournalEntry.MaxTagLength, "The daily-mood tag", nameof(DailyMoodTag)).ToLowerInvariant();
        }
    } = "daily-mood";

    /// <summary>Our words for HealthKit labels, consulted after Apple's own names; default <see cref="StateOfMindLabels.DefaultSynonyms"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyDictionary<string, StateOfMindLabel> LabelSynonyms
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(LabelSynonyms));
    } = StateOfMindLabels.DefaultSynonyms;

    /// <summary>
    /// The <see cref="JournalEntry.WhatHappened"/> text of an entry made from a sample that has no entry
    /// yet: HealthKit carries no account of what happened, and an entry needs one.
    /// </summary>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public string ImportedEntryText
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(ImportedEntryText));
            field = value;
        }
    } = "Logged as a state of mind in Apple Health.";
}
