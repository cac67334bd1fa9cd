using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Empathy.Core.Storage;
using static Empathy.Storage.Sqlite.SqliteJournalCommands;

namespace Empathy.Storage.Sqlite;

/// <summary>
/// The practice records table, in the same file as the journal, versioned on its own (meta
/// <c>practice_format</c>) so that it is added to journals of any layout when they are opened. In clear: owner,
/// kind name, record id, time (UTC ticks), schema version and key id; the record itself is in <c>sealed</c>.
/// </summary>
internal static class SqlitePracticeSchema
{
    /// <summary>The practice layout version, stored as meta <c>practice_format</c>.</summary>
    public const string Format = "1";

    public const string MetaFormat = "practice_format";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS practice_records (
            owner          TEXT    NOT NULL,
            kind           TEXT    NOT NULL,
            id             TEXT    NOT NULL,
            at_ticks       INTEGER NOT NULL,
            schema_version INTEGER NOT NULL,
            key_id         TEXT    NOT NULL,
            sealed         BLOB    NOT NULL,
            UNIQUE (owner, kind, id)
        );

        CREATE INDEX IF NOT EXISTS practice_records_by_time ON practice_records (owner, kind, at_ticks, id);
        """;

    /// <summary>Creates the table when the file has none yet (a new journal, or one made before practice records); refuses a newer layout.</summary>
    /// <exception cref="JournalFormatException">The file's practice layout is newer than this library.</exception>
    public static void Ensure(SqliteConnection connection, ILogger logger)
    {
        var format = GetMeta(connection, MetaFormat);
        if (format == Format)
        {
            return;
        }

        if (format is not null)
        {
            throw new JournalFormatException($"This journal's practice records have layout version {format}, written by a newer version of Empathy.Storage.Sqlite; this version reads layout {Format}.");
        }

        using var transaction = connection.BeginTransaction();
        if (GetMeta(connection, MetaFormat) is null)
        {
            Execute(connection, Create);
            SetMeta(connection, MetaFormat, Format);
            SqliteJournalStoreLog.LayoutMigrated(logger, "none", "practice " + Format);
        }

        transaction.Commit();
    }
}
