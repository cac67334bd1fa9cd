using Empathy.Core.Journal;

namespace Empathy.Core.Storage.Migrations;

/// <summary>The registered migration steps: where a new schema or format version adds its step.</summary>
internal static class JournalMigrations
{
    /// <summary>Entries: the <c>schemaVersion</c> of <see cref="JournalEntry"/>. An entry without one is pre-1.0 (version 0).</summary>
    public static JsonMigrationChain Entries { get; } =
        new("journal entry", "schemaVersion", JournalEntry.CurrentSchemaVersion, [new PreReleaseEntryMigration()]);

    /// <summary>Export documents: the <c>formatVersion</c> of <see cref="JournalExport"/> (pre-1.0 documents called it <c>version</c>).</summary>
    public static JsonMigrationChain Exports { get; } =
        new("journal export", "formatVersion", JournalExport.CurrentFormatVersion, [new PreReleaseExportMigration()]);
}
