namespace Empathy.Core.Storage.Practice;

/// <summary>
/// One kind of practice record a store keeps (relationships, energy tanks, ...): its stable name and the
/// schema version of its data. The kinds are the members of <see cref="PracticeKinds"/>; apps do not make their own.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. <see cref="Name"/> is stored in clear beside every record and bound into its
/// encryption (with the id and <see cref="SchemaVersion"/>), so a sealed record copied to another kind fails its
/// integrity check. Names never change once released; a new shape of a kind's model bumps
/// <see cref="SchemaVersion"/> and adds a migration, so records and exports of older versions stay readable.
/// </para>
/// <para>
/// The typed side is <see cref="PracticeKind{T}"/>; this base names a kind where the model type does not
/// matter (<see cref="IPracticeStore.DeleteAsync"/>, listings of <see cref="PracticeKinds.All"/>).
/// </para>
/// </remarks>
public abstract class PracticeKind
{
    /// <summary>
    /// The largest record a store accepts: the UTF-8 JSON of the record's envelope (id, time, version and model),
    /// before encryption, in bytes (1 MiB). Larger records are refused with an <see cref="ArgumentException"/>
    /// and nothing is written.
    /// </summary>
    public const int MaxRecordBytes = 1024 * 1024;

    private protected PracticeKind(string name, int schemaVersion, Type modelType)
    {
        Name = name;
        SchemaVersion = schemaVersion;
        ModelType = modelType;
    }

    /// <summary>The stable name stored with every record of this kind ("relationship", "energy-tank", ...).</summary>
    public string Name { get; }

    /// <summary>The schema version this library writes for the kind's data; older versions are migrated when read.</summary>
    public int SchemaVersion { get; }

    /// <summary>The model type of the kind's records.</summary>
    public Type ModelType { get; }

    /// <summary>How many records of this kind <paramref name="export"/> holds.</summary>
    internal abstract int CountIn(PracticeExport export);

    /// <summary>Throws when this kind refuses one of its records in <paramref name="export"/>.</summary>
    internal abstract void ThrowIfInvalidIn(PracticeExport export, string paramName);

    /// <summary>Seals this kind's records of <paramref name="export"/>, checking each.</summary>
    internal abstract IEnumerable<SealedPracticeRow> SealAll(Encryption.IEntryCodec codec, JournalOwnerId owner, PracticeExport export);

    /// <summary>Opens <paramref name="rows"/> (all of this kind) into <paramref name="export"/>, oldest first; failures are added to <paramref name="tampered"/>.</summary>
    internal abstract PracticeExport OpenAll(Encryption.IEntryCodec codec, IEnumerable<SealedPracticeRow> rows, PracticeExport export, List<string> tampered);

    /// <summary>Whether <paramref name="row"/> of this kind opens and matches its clear columns.</summary>
    internal abstract bool TryCheck(Encryption.IEntryCodec codec, SealedPracticeRow row, out string problem);

    /// <summary>Writes this kind's records of <paramref name="export"/> as a JSON array of envelopes.</summary>
    internal abstract void WriteAll(System.Text.Json.Utf8JsonWriter writer, PracticeExport export);

    /// <summary>Reads a JSON array of envelopes into <paramref name="export"/> as this kind's records.</summary>
    internal abstract PracticeExport ReadAll(System.Text.Json.Nodes.JsonArray items, PracticeExport export, string where);

    /// <summary>The kind's <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
