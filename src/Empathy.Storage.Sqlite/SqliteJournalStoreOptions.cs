namespace Empathy.Storage.Sqlite;

/// <summary>Where and how <see cref="SqliteJournalStore"/> keeps the journal.</summary>
/// <remarks>Mutable for configuration; checked with <see cref="Validate"/> when a store opens.</remarks>
public sealed class SqliteJournalStoreOptions
{
    /// <summary>The shortest busy timeout allowed.</summary>
    public static readonly TimeSpan MinBusyTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest busy timeout allowed.</summary>
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The database file. Its folder is created when missing. SQLite keeps two more files beside it while
    /// it is open (<c>-wal</c> and <c>-shm</c>); treat the three as one. Required; an in-memory database is
    /// not allowed (it cannot use WAL).
    /// </summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>How long a call waits for another writer (another process) before failing. Default 30 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The clock for <see cref="Empathy.Core.Storage.JournalExport.ExportedAt"/>. Default the system clock;
    /// when the store is registered through DI, a registered <see cref="System.TimeProvider"/> is used instead.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Whether an existing database file of 0 bytes may be replaced by a new, empty journal. Default
    /// <see langword="false"/>: a 0-byte file is what a journal damaged by a failed copy, sync or disk looks
    /// like, so opening refuses it with <see cref="Empathy.Core.Storage.JournalFormatException"/> instead of
    /// silently starting a new journal under whatever key is supplied. Set it only when the person asked
    /// to start over.
    /// </summary>
    public bool StartOverIfEmpty { get; set; }

    /// <summary>TEST HOOK ONLY: caps the database size in pages, so a test can fill the "disk".</summary>
    internal long? MaxPageCountForTesting { get; set; }

    /// <summary>A copy of these options with another clock (the one registered in DI).</summary>
    internal SqliteJournalStoreOptions WithTimeProvider(TimeProvider time) => new()
    {
        DatabasePath = DatabasePath,
        BusyTimeout = BusyTimeout,
        StartOverIfEmpty = StartOverIfEmpty,
        MaxPageCountForTesting = MaxPageCountForTesting,
        TimeProvider = time,
    };

    /// <summary>Lists what is wrong with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            problems.Add($"{nameof(DatabasePath)} is required: the journal's database file.");
        }
        else if (DatabasePath.Trim() == ":memory:" || DatabasePath.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{nameof(DatabasePath)} must be a file path, not '{DatabasePath}': the journal needs a file for WAL and durability.");
        }

        if (BusyTimeout < MinBusyTimeout || BusyTimeout > MaxBusyTimeout)
        {
            problems.Add($"{nameof(BusyTimeout)} must be between {MinBusyTimeout} and {MaxBusyTimeout}; it is {BusyTimeout}.");
        }

        if (TimeProvider is null)
        {
            problems.Add($"{nameof(TimeProvider)} must not be null.");
        }

        return problems;
    }
}
