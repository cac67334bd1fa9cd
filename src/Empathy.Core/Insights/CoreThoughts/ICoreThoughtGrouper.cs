using Empathy.Core.Critic;
using Empathy.Core.Journal;

namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>
/// Groups the automatic thoughts of many journal entries into recurring core thoughts (not good
/// enough, will be abandoned, failure, unlovable, helpless, others can't be trusted), counted over
/// time, and attributes thoughts to the writer's named inner critics.
/// </summary>
public interface ICoreThoughtGrouper
{
    /// <summary>Reads the entries once and reports the themes.</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <param name="critics">The writer's inner critics, whose typical phrases are looked for; may be empty.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>The report. Time and memory grow linearly with the number of thoughts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>, or contains null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    CoreThoughtReport Group(IEnumerable<JournalEntry> entries, IEnumerable<InnerCritic>? critics = null, CancellationToken cancellationToken = default);
}
