using Empathy.Core.Journal;

namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>One automatic thought that showed a theme: which entry, which thought, and the words that matched.</summary>
/// <param name="EntryId">The journal entry.</param>
/// <param name="ThoughtIndex">Which of the entry's automatic thoughts, from 0.</param>
/// <param name="Phrase">The lexicon phrase that matched ("not good enough").</param>
/// <param name="Start">Where the words start in the thought.</param>
/// <param name="Length">How many characters they span.</param>
/// <remarks>Immutable and thread-safe. It points into the entry rather than copying its private text.</remarks>
public sealed record CoreThoughtExample(JournalEntryId EntryId, int ThoughtIndex, string Phrase, int Start, int Length);
