using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Practice;

namespace Empathy.Core.Storage.InMemory;

/// <summary>
/// <see cref="PracticeRecordSealer"/> with a codec that does not encrypt, for <see cref="InMemoryJournalStore"/>: its
/// records go through the same JSON, size limit and address checks as in an encrypted store, in memory only.
/// </summary>
internal static class InMemoryPracticeSealer
{
    private static IEntryCodec Codec => PlainEntryCodec.Instance;

    public static SealedPracticeRow Seal<T>(JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record)
        where T : class => PracticeRecordSealer.Seal(Codec, owner, kind, record);

    public static PracticeRecord<T> Open<T>(PracticeKind<T> kind, SealedPracticeRow row)
        where T : class => PracticeRecordSealer.Open(Codec, kind, row);

    public static PracticePage<T> OpenPage<T>(PracticeKind<T> kind, IEnumerable<SealedPracticeRow> span, string? continuation)
        where T : class => PracticeRecordSealer.OpenPage(Codec, kind, span, continuation);

    public static IReadOnlyList<SealedPracticeRow> SealExport(JournalOwnerId owner, PracticeExport export) =>
        PracticeRecordSealer.SealExport(Codec, owner, export);

    public static PracticeExport OpenExport(IEnumerable<SealedPracticeRow> rows, DateTimeOffset exportedAt) =>
        PracticeRecordSealer.OpenExport(Codec, rows, exportedAt);

    /// <summary>Compares two rows by the listing's sort keys (time, then id ordinally).</summary>
    public static int Compare(SealedPracticeRow left, SealedPracticeRow right) =>
        Cursors.JournalCursor.Compare(left.AtUtcTicks, left.Id, right.AtUtcTicks, right.Id);
}
