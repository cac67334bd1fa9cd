namespace Empathy.Core.Storage.Practice;

/// <summary>
/// One or more stored practice records failed their integrity check: their stored bytes were changed
/// outside the library, or were moved from another record, kind or owner. Their content cannot be trusted,
/// so it is not returned. Other records are not affected and stay readable.
/// </summary>
public sealed class PracticeRecordTamperedException : JournalStoreException
{
    /// <summary>Creates the exception for records of one or more kinds.</summary>
    /// <param name="records">The records that failed their check, as "kind/id" (the raw id text when it is not a record id); at least one.</param>
    /// <param name="detail">What failed, without any private text.</param>
    /// <exception cref="ArgumentException"><paramref name="records"/> is empty.</exception>
    public PracticeRecordTamperedException(IReadOnlyList<string> records, string detail)
        : base(Describe(records, detail))
    {
        Records = [.. records];
    }

    /// <summary>The records that failed their check, each as "kind/id" (for example <c>relationship/5f0c…</c>).</summary>
    public IReadOnlyList<string> Records { get; }

    private static string Describe(IReadOnlyList<string> records, string detail)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(detail);
        if (records.Count == 0)
        {
            throw new ArgumentException("Name at least one tampered record.", nameof(records));
        }

        var names = records.Select(Printable).ToList();
        var which = names.Count == 1
            ? $"Practice record {names[0]} failed"
            : $"{names.Count} practice records failed ({string.Join(", ", names.Take(5))}{(names.Count > 5 ? ", ..." : "")})";
        return $"{which} the integrity check: {detail} The stored data was changed outside this library or moved from another record, kind or owner, so it is not returned. Other records are not affected.";
    }

    // A changed id column can hold anything; keep the message one short, printable line.
    private static string Printable(string raw)
    {
        var clean = new string([.. raw.Take(100).Select(c => char.IsControl(c) ? '?' : c)]);
        return raw.Length > 100 ? clean + "..." : clean;
    }
}
