using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Empathy.Core.Storage.Encryption;
using Empathy.Core.Storage.Migrations;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// A kind of practice record with its model type <typeparamref name="T"/>: how its records are written as JSON
/// (the library's source-generated context, private text included), which models it refuses, and how data of
/// older schema versions is migrated. Pass it to every <see cref="IPracticeStore"/> call.
/// </summary>
/// <typeparam name="T">The model type (<see cref="Relationships.Relationship"/>, <see cref="Energy.EnergyTank"/>, ...).</typeparam>
/// <remarks>Immutable and thread-safe. The instances are the members of <see cref="PracticeKinds"/>.</remarks>
public sealed class PracticeKind<T> : PracticeKind
    where T : class
{
    private readonly Func<T, IEnumerable<string>> _problems;
    private readonly Func<PracticeExport, IReadOnlyList<PracticeRecord<T>>> _select;
    private readonly Func<PracticeExport, IReadOnlyList<PracticeRecord<T>>, PracticeExport> _replace;

    internal PracticeKind(
        string name,
        int schemaVersion,
        JsonTypeInfo<T> typeInfo,
        Func<T, IEnumerable<string>> problems,
        IEnumerable<IJsonMigration> migrations,
        Func<PracticeExport, IReadOnlyList<PracticeRecord<T>>> select,
        Func<PracticeExport, IReadOnlyList<PracticeRecord<T>>, PracticeExport> replace)
        : base(name, schemaVersion, typeof(T))
    {
        TypeInfo = typeInfo;
        _problems = problems;
        _select = select;
        _replace = replace;
        Migrations = new JsonMigrationChain($"{name} record", PracticeRecordJson.VersionProperty, schemaVersion, migrations);
    }

    /// <summary>The JSON contract of the model: the revealing context's, since stored data keeps the private text.</summary>
    internal JsonTypeInfo<T> TypeInfo { get; }

    /// <summary>The steps from older schema versions of this kind's record envelope to <see cref="PracticeKind.SchemaVersion"/>.</summary>
    internal JsonMigrationChain Migrations { get; }

    /// <summary>
    /// What this kind refuses in <paramref name="value"/> beyond the model's own validation (which its
    /// constructor already did); empty when it is fine to store.
    /// </summary>
    /// <param name="value">The model to check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> Problems(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return [.. _problems(value)];
    }

    /// <summary>Throws when the kind refuses <paramref name="record"/>: the check every store makes before writing.</summary>
    internal void ThrowIfInvalid(PracticeRecord<T> record, string paramName)
    {
        ArgumentNullException.ThrowIfNull(record, paramName);
        var problems = Problems(record.Value);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The {Name} record {record.Id} cannot be stored: {string.Join(" ", problems)}", paramName);
        }
    }

    /// <summary>This kind's records in <paramref name="export"/>.</summary>
    internal IReadOnlyList<PracticeRecord<T>> RecordsIn(PracticeExport export) => _select(export);

    /// <summary>A copy of <paramref name="export"/> with this kind's records replaced by <paramref name="records"/>.</summary>
    internal PracticeExport WithRecords(PracticeExport export, IReadOnlyList<PracticeRecord<T>> records) => _replace(export, records);

    internal override int CountIn(PracticeExport export) => _select(export).Count;

    internal override void ThrowIfInvalidIn(PracticeExport export, string paramName)
    {
        foreach (var record in _select(export))
        {
            // The same check (rules and size) a store makes when it seals the record.
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(PracticeRecordJson.Serialize(this, record, paramName));
        }
    }

    internal override IEnumerable<SealedPracticeRow> SealAll(IEntryCodec codec, JournalOwnerId owner, PracticeExport export)
    {
        // Check every record before sealing any, so a bad document seals (and a store writes) nothing.
        var records = _select(export);
        foreach (var record in records)
        {
            ThrowIfInvalid(record, nameof(export));
        }

        return [.. records.Select(r => PracticeRecordSealer.Seal(codec, owner, this, r))];
    }

    internal override PracticeExport OpenAll(IEntryCodec codec, IEnumerable<SealedPracticeRow> rows, PracticeExport export, List<string> tampered)
    {
        var opened = new List<PracticeRecord<T>>();
        foreach (var row in rows.OrderBy(r => r.AtUtcTicks).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (PracticeRecordSealer.TryOpen(codec, this, row, out var record, out _))
            {
                opened.Add(record);
            }
            else
            {
                tampered.Add(row.Name);
            }
        }

        return _replace(export, opened);
    }

    internal override bool TryCheck(IEntryCodec codec, SealedPracticeRow row, out string problem) =>
        PracticeRecordSealer.TryOpen(codec, this, row, out _, out problem);

    internal override void WriteAll(Utf8JsonWriter writer, PracticeExport export)
    {
        writer.WriteStartArray();
        foreach (var record in _select(export))
        {
            PracticeRecordJson.Write(writer, this, record);
        }

        writer.WriteEndArray();
    }

    internal override PracticeExport ReadAll(JsonArray items, PracticeExport export, string where)
    {
        var records = new PracticeRecord<T>[items.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = items[i] is JsonObject item
                ? PracticeRecordJson.FromNode(this, item, $"{Name} record {i + 1} of {where}")
                : throw new JournalFormatException($"{Name} record {i + 1} of {where} is not a JSON object.");
        }

        try
        {
            return _replace(export, records);
        }
        catch (ArgumentException error)
        {
            throw new JournalFormatException($"The {Name} records of {where} cannot be read: {error.Message}", error);
        }
    }
}
