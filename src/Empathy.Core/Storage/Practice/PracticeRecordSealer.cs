using System.Security.Cryptography;
using Empathy.Core.Storage.Encryption;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// Seals practice records into rows and opens rows back into records, with the checks every encrypted store
/// makes: a known kind, the kind's validation and size limit before writing; on reading, the key id, the
/// authentication tag over owner, <c>"kind/id"</c> and schema version, and that the clear id and time columns
/// still match the sealed content. Plaintext is wiped as soon as it is not needed.
/// </summary>
/// <remarks>
/// For store implementers: a store persists only <see cref="SealedPracticeRow"/>s (owner, kind, id, at ticks,
/// schema version, key id, sealed bytes) and hands them back here as found. Thread-safe (as the codec is).
/// </remarks>
public static class PracticeRecordSealer
{
    /// <summary>Seals <paramref name="record"/> of <paramref name="owner"/>.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="codec">The codec of the owner's key.</param>
    /// <param name="owner">Whose record.</param>
    /// <param name="kind">The kind, one of <see cref="PracticeKinds"/>.</param>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentException">
    /// The owner or kind is invalid, the kind refuses the record, or the record is over <see cref="PracticeKind.MaxRecordBytes"/>.
    /// </exception>
    public static SealedPracticeRow Seal<T>(IEntryCodec codec, JournalOwnerId owner, PracticeKind<T> kind, PracticeRecord<T> record)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        JournalOwnerId.ThrowIfDefault(owner);
        PracticeKinds.ThrowIfUnknown(kind, nameof(kind));
        var plaintext = PracticeRecordJson.Serialize(kind, record, nameof(record));
        try
        {
            var row = new SealedPracticeRow(owner.Value, kind.Name, record.Id.ToString(), record.At.UtcTicks, kind.SchemaVersion, codec.KeyId, []);
            return row with { Sealed = codec.Seal(plaintext, row.Address) };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Opens a stored row of <paramref name="kind"/>.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="codec">The codec of the owner's key.</param>
    /// <param name="kind">The kind the row was read as.</param>
    /// <param name="row">The row as it was read.</param>
    /// <param name="record">The record, when the row passed every check.</param>
    /// <param name="problem">What failed, without any private text; empty when it passed.</param>
    /// <returns><see langword="false"/> when the row failed a check: report it as tampered, by its kind and id.</returns>
    /// <exception cref="JournalFormatException">The row is authentic but its data does not parse (a format problem, not tampering).</exception>
    public static bool TryOpen<T>(IEntryCodec codec, PracticeKind<T> kind, SealedPracticeRow row, out PracticeRecord<T> record, out string problem)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(row);
        record = null!;
        if (!TryOpenBytes(codec, kind, row, out var plaintext, out problem))
        {
            return false;
        }

        try
        {
            record = PracticeRecordJson.Deserialize(kind, plaintext, $"The stored {row.Name}");
            if (record.Id.ToString() != row.Id || record.At.UtcTicks != row.AtUtcTicks)
            {
                record = null!;
                problem = "Its clear columns (id or time) were changed and no longer match its encrypted content.";
                return false;
            }

            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// Opens a row with the old key and seals the same data under the new one, at the same address: the step of
    /// a key rotation. The data is checked (it must open and match its clear columns) but not rewritten.
    /// </summary>
    /// <param name="from">The codec of the key being replaced.</param>
    /// <param name="to">The codec of the new key.</param>
    /// <param name="row">The row as it was read.</param>
    /// <param name="resealed">The row under the new key, when the row passed every check.</param>
    /// <returns><see langword="false"/> when the row failed a check under the old key (or names an unknown kind): report it; rotate nothing.</returns>
    /// <exception cref="JournalFormatException">The row is authentic but its data does not parse.</exception>
    public static bool TryReseal(IEntryCodec from, IEntryCodec to, SealedPracticeRow row, out SealedPracticeRow resealed)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(row);
        resealed = null!;
        if (!PracticeKinds.TryFind(row.Kind, out var kind) || !kind.TryCheck(from, row, out _))
        {
            return false;
        }

        if (!from.TryOpen(row.Sealed, row.Address, out var plaintext))
        {
            return false;
        }

        try
        {
            resealed = row with { KeyId = to.KeyId, Sealed = to.Seal(plaintext, row.Address) };
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Seals every record of <paramref name="export"/> for <paramref name="owner"/>, checking all of them first.</summary>
    /// <param name="codec">The codec of the owner's key.</param>
    /// <param name="owner">Whose records.</param>
    /// <param name="export">The document.</param>
    /// <returns>One row per record, in the document's order (kinds as in <see cref="PracticeKinds.All"/>).</returns>
    /// <exception cref="ArgumentException">A record is refused by its kind or too large (named by kind and id); nothing is sealed.</exception>
    public static IReadOnlyList<SealedPracticeRow> SealExport(IEntryCodec codec, JournalOwnerId owner, PracticeExport export)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(export);
        JournalOwnerId.ThrowIfDefault(owner);
        return [.. PracticeKinds.All.SelectMany(kind => kind.SealAll(codec, owner, export))];
    }

    /// <summary>Opens every row of one owner into an export document: each kind oldest first (by time, then id).</summary>
    /// <param name="codec">The codec of the owner's key.</param>
    /// <param name="rows">All of the owner's rows, any order.</param>
    /// <param name="exportedAt">When the export is made.</param>
    /// <exception cref="PracticeRecordTamperedException">Rows failed their integrity check or name no known kind; all are named.</exception>
    /// <exception cref="JournalFormatException">An authentic row's data does not parse.</exception>
    public static PracticeExport OpenExport(IEntryCodec codec, IEnumerable<SealedPracticeRow> rows, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(rows);
        var byKind = rows.ToLookup(r => r.Kind, StringComparer.Ordinal);
        var tampered = byKind.Where(g => !PracticeKinds.TryFind(g.Key, out _)).SelectMany(g => g).Select(r => r.Name).ToList();
        var export = new PracticeExport { ExportedAt = exportedAt };
        foreach (var kind in PracticeKinds.All)
        {
            export = kind.OpenAll(codec, byKind[kind.Name], export, tampered);
        }

        return tampered.Count == 0
            ? export
            : throw new PracticeRecordTamperedException(tampered, "Their key id, authentication tag or clear columns do not match (or they name no kind this library knows).");
    }

    /// <summary>
    /// Opens the rows of one page's span (in the query's order) into a page: records that pass every check, and
    /// the others named in <see cref="PracticePage{T}.TamperedRecordIds"/> (or, when their id column is not a
    /// record id, <see cref="PracticePage{T}.UnreadableRowIds"/>), so one damaged record never hides the others.
    /// </summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="codec">The codec of the owner's key.</param>
    /// <param name="kind">The kind listed.</param>
    /// <param name="span">The rows of the page, in order.</param>
    /// <param name="continuation">The token for the next page (<see cref="PracticeContinuation.After"/>), or <see langword="null"/> for the last page.</param>
    /// <exception cref="JournalFormatException">An authentic row's data does not parse.</exception>
    public static PracticePage<T> OpenPage<T>(IEntryCodec codec, PracticeKind<T> kind, IEnumerable<SealedPracticeRow> span, string? continuation)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(span);
        var records = new List<PracticeRecord<T>>();
        var tampered = new List<PracticeRecordId>();
        var unreadable = new List<string>();
        foreach (var row in span)
        {
            if (TryOpen(codec, kind, row, out var record, out _))
            {
                records.Add(record);
            }
            else if (row.RecordId is { } id)
            {
                tampered.Add(id);
            }
            else
            {
                unreadable.Add(row.Id);
            }
        }

        return new PracticePage<T> { Records = records, TamperedRecordIds = tampered, UnreadableRowIds = unreadable, Continuation = continuation };
    }

    /// <summary>Opens one row read by id, or throws: the read path of <see cref="IPracticeStore.GetAsync{T}"/>.</summary>
    /// <typeparam name="T">The kind's model type.</typeparam>
    /// <param name="codec">The codec of the owner's key.</param>
    /// <param name="kind">The kind asked for.</param>
    /// <param name="row">The row found.</param>
    /// <exception cref="PracticeRecordTamperedException">The row failed a check.</exception>
    /// <exception cref="JournalFormatException">An authentic row's data does not parse.</exception>
    public static PracticeRecord<T> Open<T>(IEntryCodec codec, PracticeKind<T> kind, SealedPracticeRow row)
        where T : class =>
        TryOpen(codec, kind, row, out var record, out var problem)
            ? record
            : throw new PracticeRecordTamperedException([row.Name], problem);

    /// <summary>Checks the key id and authentication tag of <paramref name="row"/> and hands back its plaintext (the caller wipes it).</summary>
    internal static bool TryOpenBytes(IEntryCodec codec, PracticeKind kind, SealedPracticeRow row, out byte[] plaintext, out string problem)
    {
        plaintext = [];
        if (row.Kind != kind.Name)
        {
            problem = $"It is stored as a record of kind '{row.Kind}', not of kind '{kind.Name}'.";
            return false;
        }

        if (row.KeyId != codec.KeyId)
        {
            problem = $"It is marked as encrypted with key '{row.KeyId}', but the owner's key is '{codec.KeyId}'.";
            return false;
        }

        if (!codec.TryOpen(row.Sealed, row.Address, out plaintext))
        {
            problem = "Its authentication tag does not match its owner, kind, id and content.";
            return false;
        }

        problem = "";
        return true;
    }
}
