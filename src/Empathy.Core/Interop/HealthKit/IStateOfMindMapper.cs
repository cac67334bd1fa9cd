using Empathy.Core.Journal;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>Puts journal entries in HealthKit's state-of-mind terms and back; see <see cref="StateOfMindMapper"/>.</summary>
public interface IStateOfMindMapper
{
    /// <summary>The options in use.</summary>
    StateOfMindOptions Options { get; }

    /// <summary>The entry in HealthKit's terms, or <see langword="null"/> when it has no valence.</summary>
    /// <param name="entry">A journal entry.</param>
    StateOfMindSample? ToSample(JournalEntry entry);

    /// <summary>An owner's entries as a state-of-mind export.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="exportedAt">When the export is made.</param>
    StateOfMindExport Export(IEnumerable<JournalEntry> entries, DateTimeOffset exportedAt);

    /// <summary>The entry with the fields a sample carries taken from it.</summary>
    /// <param name="entry">The entry the sample is for.</param>
    /// <param name="sample">The sample.</param>
    JournalEntry Apply(JournalEntry entry, StateOfMindSample sample);

    /// <summary>A new journal entry from a sample that has none.</summary>
    /// <param name="sample">The sample.</param>
    JournalEntry ToEntry(StateOfMindSample sample);
}
