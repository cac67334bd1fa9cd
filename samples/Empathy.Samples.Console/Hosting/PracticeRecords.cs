using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// The one local owner's practice records (relationships, the energy tank, inner critics, the boundary
/// map, exercise responses) in the same encrypted store as the journal, through the library's
/// <see cref="IPracticeStore"/>. Commands read and save through it, so none reaches into another.
/// </summary>
internal sealed class PracticeRecords
{
    private readonly Terminal _terminal;

    /// <summary>Wraps <paramref name="store"/> for the local owner.</summary>
    /// <param name="store">The store (the same object as the journal's, owned by the app's services).</param>
    /// <param name="terminal">Where warnings about records that failed their integrity check go.</param>
    public PracticeRecords(IPracticeStore store, Terminal terminal)
    {
        Store = store;
        _terminal = terminal;
    }

    /// <summary>The store.</summary>
    public IPracticeStore Store { get; }

    /// <summary>Reads every record of <paramref name="kind"/>, oldest first, warning on standard error about any that failed their integrity check.</summary>
    /// <typeparam name="T">The kind's value type.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="order">Oldest or newest first.</param>
    /// <param name="cancellation">Cancels the read.</param>
    public async Task<List<PracticeRecord<T>>> ReadAllAsync<T>(PracticeKind<T> kind, JournalOrder order, CancellationToken cancellation)
        where T : class
    {
        var records = new List<PracticeRecord<T>>();
        var query = new PracticeQuery { Order = order, PageSize = JournalQuery.MaxPageSize };
        while (true)
        {
            var page = await Store.ListAsync(JournalSession.Owner, kind, query, cancellation).ConfigureAwait(false);
            records.AddRange(page.Records);
            foreach (var id in page.TamperedRecordIds)
            {
                await _terminal.Error.WriteLineAsync($"empathy: {kind.Name} record {id} failed its integrity check and is left out.").ConfigureAwait(false);
            }

            foreach (var raw in page.UnreadableRowIds)
            {
                await _terminal.Error.WriteLineAsync($"empathy: the {kind.Name} row with id '{StorageFailures.Printable(raw)}' failed its integrity check and is left out.").ConfigureAwait(false);
            }

            if (page.Continuation is not { } next)
            {
                return records;
            }

            query = query with { Continuation = next };
        }
    }

    /// <summary>The one record of a kind the console keeps once per owner (the tank, the boundary map), or <see langword="null"/> when there is none yet.</summary>
    /// <typeparam name="T">The kind's value type.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <remarks>Should a store hold several (another app may write more), the latest one is the current one.</remarks>
    public async Task<PracticeRecord<T>?> ReadSingleAsync<T>(PracticeKind<T> kind, CancellationToken cancellation)
        where T : class =>
        (await ReadAllAsync(kind, JournalOrder.OldestFirst, cancellation).ConfigureAwait(false)).LastOrDefault();

    /// <summary>Adds <paramref name="record"/>.</summary>
    /// <typeparam name="T">The kind's value type.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="record">The new record.</param>
    /// <param name="cancellation">Cancels the write.</param>
    public Task AddAsync<T>(PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellation)
        where T : class => Store.AddAsync(JournalSession.Owner, kind, record, cancellation);

    /// <summary>Replaces the stored value of <paramref name="record"/>.</summary>
    /// <typeparam name="T">The kind's value type.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="record">The record with its new value.</param>
    /// <param name="cancellation">Cancels the write.</param>
    public Task UpdateAsync<T>(PracticeKind<T> kind, PracticeRecord<T> record, CancellationToken cancellation)
        where T : class => Store.UpdateAsync(JournalSession.Owner, kind, record, cancellation);
}
