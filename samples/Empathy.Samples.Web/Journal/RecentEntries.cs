using Empathy.Core.Journal;
using Empathy.Core.Storage;

namespace Empathy.Samples.Web.Journal;

/// <summary>Reads a person's newest journal entries, up to a limit: what the insights and the critic's thoughts look through.</summary>
public static class RecentEntries
{
    /// <summary>How many entries are read at most (newest first).</summary>
    public const int MaxEntries = 1000;

    /// <summary>The newest entries, at most <see cref="MaxEntries"/>, newest first.</summary>
    public static async Task<List<JournalEntry>> ReadAsync(IJournalStore journal, JournalOwnerId owner, CancellationToken cancellationToken)
    {
        var entries = new List<JournalEntry>();
        string? continuation = null;
        do
        {
            var page = await journal.ListAsync(owner, new JournalQuery { Order = JournalOrder.NewestFirst, PageSize = 200, Continuation = continuation }, cancellationToken);
            entries.AddRange(page.Entries);
            continuation = page.Continuation;
        }
        while (continuation is not null && entries.Count < MaxEntries);

        return entries;
    }
}
