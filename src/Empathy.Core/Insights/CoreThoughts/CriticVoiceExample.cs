using Empathy.Core.Critic;
using Empathy.Core.Journal;

namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>An automatic thought attributed to an inner critic: which entry, which thought, and the attribution.</summary>
/// <param name="EntryId">The journal entry.</param>
/// <param name="ThoughtIndex">Which of the entry's automatic thoughts, from 0.</param>
/// <param name="Attribution">The critic's name, the typical phrase that matched and where.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CriticVoiceExample(JournalEntryId EntryId, int ThoughtIndex, CriticAttribution Attribution);
