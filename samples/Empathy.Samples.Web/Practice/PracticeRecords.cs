using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;

namespace Empathy.Samples.Web.Practice;

/// <summary>Small helpers over <see cref="IPracticeStore"/>: read every page, find by id text, delete by id text.</summary>
public static class PracticeRecords
{
    /// <summary>Every record of one kind, oldest first (the site's lists are short; a person has tens, not thousands).</summary>
    public static async Task<List<PracticeRecord<T>>> AllAsync<T>(IPracticeStore store, JournalOwnerId owner, PracticeKind<T> kind, CancellationToken cancellationToken)
        where T : class
    {
        var all = new List<PracticeRecord<T>>();
        string? continuation = null;
        do
        {
            var page = await store.ListAsync(owner, kind, new PracticeQuery { PageSize = PracticeQuery.MaxPageSize, Continuation = continuation }, cancellationToken);
            all.AddRange(page.Records);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return all;
    }

    /// <summary>The caller's record with that id, or <see langword="null"/> (also for a malformed id or another person's record).</summary>
    public static async Task<PracticeRecord<T>?> FindAsync<T>(IPracticeStore store, JournalOwnerId owner, PracticeKind<T> kind, string id, CancellationToken cancellationToken)
        where T : class
    {
        if (!PracticeRecordId.TryParse(id, out var recordId))
        {
            return null;
        }

        try
        {
            return await store.GetAsync(owner, kind, recordId, cancellationToken);
        }
        catch (PracticeRecordNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Deletes the caller's record; false when there is none with that id.</summary>
    public static async Task<bool> DeleteAsync(IPracticeStore store, JournalOwnerId owner, PracticeKind kind, string id, CancellationToken cancellationToken)
    {
        if (!PracticeRecordId.TryParse(id, out var recordId))
        {
            return false;
        }

        try
        {
            await store.DeleteAsync(owner, kind, recordId, cancellationToken);
            return true;
        }
        catch (PracticeRecordNotFoundException)
        {
            return false;
        }
    }
}
