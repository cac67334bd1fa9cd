namespace Empathy.Core.Storage.Practice;

/// <summary>One page of records of one kind, listed by <see cref="IPracticeStore.ListAsync{T}"/>.</summary>
/// <typeparam name="T">The model type of the kind listed.</typeparam>
/// <remarks>Immutable and thread-safe. Equality compares every member, lists by their items.</remarks>
public sealed record PracticePage<T>
    where T : class
{
    /// <summary>The records on this page, in the query's order.</summary>
    /// <exception cref="ArgumentException">The list holds <see langword="null"/>.</exception>
    public required IReadOnlyList<PracticeRecord<T>> Records
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Records));
            if (value.Any(r => r is null))
            {
                throw new ArgumentException("Records must not contain null.", nameof(Records));
            }

            field = [.. value];
        }
    }

    /// <summary>
    /// Records in this page's span that failed their integrity check and were left out: their stored data
    /// was changed outside the library or moved from another record, kind or owner. Reading one with
    /// <see cref="IPracticeStore.GetAsync{T}"/> throws <see cref="PracticeRecordTamperedException"/>. Empty when nothing was wrong.
    /// </summary>
    public IReadOnlyList<PracticeRecordId> TamperedRecordIds
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(TamperedRecordIds));
            field = [.. value];
        }
    } = [];

    /// <summary>
    /// Rows in this page's span whose id column holds something that is not a record id (changed outside
    /// the library), named by that raw text and left out. Empty when nothing was wrong.
    /// </summary>
    public IReadOnlyList<string> UnreadableRowIds
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(UnreadableRowIds));
            field = [.. value];
        }
    } = [];

    /// <summary>Whether every row in this page's span passed its integrity check.</summary>
    public bool IsIntact => TamperedRecordIds.Count == 0 && UnreadableRowIds.Count == 0;

    /// <summary>
    /// Pass this as <see cref="PracticeQuery.Continuation"/> to read the next page; <see langword="null"/>
    /// when this is the last page.
    /// </summary>
    public string? Continuation { get; init; }

    /// <summary>Whether another page follows.</summary>
    public bool HasMore => Continuation is not null;

    /// <inheritdoc />
    public bool Equals(PracticePage<T>? other) =>
        other is not null
        && Records.SequenceEqual(other.Records)
        && TamperedRecordIds.SequenceEqual(other.TamperedRecordIds)
        && UnreadableRowIds.SequenceEqual(other.UnreadableRowIds)
        && Continuation == other.Continuation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Records.Count, TamperedRecordIds.Count, Continuation);
}
