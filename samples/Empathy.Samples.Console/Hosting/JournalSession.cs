using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// The open journal: the encrypted store registered with <c>AddSqliteJournalStore</c>, in the data
/// folder, for the one local owner, with the same store's practice records (<see cref="Practice"/>). Opening it creates the folder and the journal on first use (when the
/// command writes), asking for a passphrase (confirmed the first time). Commands save and read through
/// it, so no command reaches into another for journal work.
/// </summary>
internal sealed class JournalSession
{
    /// <summary>The journal's file name inside the data folder.</summary>
    public const string DatabaseFileName = "journal.db";

    private readonly Terminal _terminal;

    private readonly PracticeRecords? _practice;

    private JournalSession(IJournalStore store, IPracticeStore? practice, string databasePath, bool created, Terminal terminal)
    {
        Store = store;
        _practice = practice is null ? null : new PracticeRecords(practice, terminal);
        DatabasePath = databasePath;
        Created = created;
        _terminal = terminal;
    }

    /// <summary>The one owner of a local journal: the person at the keyboard.</summary>
    public static JournalOwnerId Owner { get; } = new("local");

    /// <summary>The store (owned by the app's service provider, which disposes it).</summary>
    public IJournalStore Store { get; }

    /// <summary>The owner's practice records in the same store (relationships, the tank, critics, boundaries, exercise responses).</summary>
    /// <remarks>See <see cref="HasPractice"/>.</remarks>
    /// <exception cref="CliException">The registered store keeps no practice records (exit code 2); journal commands still work.</exception>
    public PracticeRecords Practice => _practice
        ?? throw CliException.StorageOrKey("The journal store registered here keeps no practice records (it does not implement IPracticeStore), so relationships, the tank, critics, boundaries and exercise responses cannot be saved.");

    /// <summary>Whether the store keeps practice records (the SQLite store does).</summary>
    public bool HasPractice => _practice is not null;

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Whether this session created the journal.</summary>
    public bool Created { get; }

    /// <summary>Whether the data folder holds a journal (nothing is opened or created).</summary>
    /// <param name="app">The app (its environment).</param>
    /// <param name="dataDirectoryOption">The <c>--data-dir</c> value, if given.</param>
    public static bool Exists(EmpathyApp app, string? dataDirectoryOption) =>
        File.Exists(Path.Combine(DataDirectory.Resolve(dataDirectoryOption, app.Environment), DatabaseFileName));

    /// <summary>Opens (or, when <paramref name="opening"/> allows, creates) the journal in the data folder.</summary>
    /// <param name="app">Terminal, environment, services.</param>
    /// <param name="access">Where the store registration reads the location and key from.</param>
    /// <param name="dataDirectoryOption">The <c>--data-dir</c> value, if given.</param>
    /// <param name="opening">Whether a missing journal is created or refused.</param>
    /// <param name="cancellation">Cancels opening (before the key is derived).</param>
    /// <exception cref="CliException">
    /// No journal while one must exist, or the new passphrases differ (exit code 1); no passphrase, a wrong
    /// one, or a folder or file that cannot be used (exit code 2).
    /// </exception>
    public static Task<JournalSession> OpenAsync(EmpathyApp app, JournalAccess access, string? dataDirectoryOption, JournalOpening opening, CancellationToken cancellation)
    {
        var directory = DataDirectory.Resolve(dataDirectoryOption, app.Environment);
        var path = Path.Combine(directory, DatabaseFileName);
        var creating = !File.Exists(path);
        if (creating && opening == JournalOpening.MustExist)
        {
            throw CliException.BadInput($"There is no journal in {directory} (nothing was created). Write a first entry with 'empathy journal add', or give the folder that holds it with --data-dir.");
        }

        var passphrase = PassphraseSource.Obtain(app.Terminal, app.Environment, creating);
        cancellation.ThrowIfCancellationRequested();
        try
        {
            if (creating)
            {
                PrivateFiles.CreateDirectory(directory);
            }

            access.Choose(path, passphrase);
            // The store opens on first resolution; deriving the key is deliberately slow, so show that
            // something is happening.
            var store = PrivateFiles.OpenDatabase(path, () => app.Terminal.CanPrompt
                ? app.Terminal.Ui.Status().Start(creating ? "Creating your encrypted journal…" : "Unlocking your journal…", _ => app.Services.GetRequiredService<IJournalStore>())
                : app.Services.GetRequiredService<IJournalStore>());
            if (creating && app.Terminal.CanPrompt)
            {
                app.Terminal.Ui.MarkupLine($"[grey]Created an encrypted journal at {Markup.Escape(path)}.[/]");
            }

            // The same store object keeps the practice records (registered as IPracticeStore too).
            var practice = app.Services.GetService<IPracticeStore>() ?? store as IPracticeStore;
            return Task.FromResult(new JournalSession(store, practice, path, creating, app.Terminal));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw CliException.StorageOrKey($"Cannot use the journal at {path}: {error.Message}", error);
        }
        catch (Exception error) when (StorageFailures.Translate(error) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>Saves <paramref name="entry"/> and returns its id.</summary>
    /// <param name="entry">The new entry.</param>
    /// <param name="cancellation">Cancels the write.</param>
    public async Task<JournalEntryId> SaveAsync(JournalEntry entry, CancellationToken cancellation)
    {
        await Store.AddAsync(Owner, entry, cancellation).ConfigureAwait(false);
        return entry.Id;
    }

    /// <summary>Reads every entry, newest first, warning on standard error about any that failed their integrity check.</summary>
    /// <param name="cancellation">Cancels the read.</param>
    public async Task<List<JournalEntry>> ReadAllAsync(CancellationToken cancellation)
    {
        var entries = new List<JournalEntry>();
        var query = new JournalQuery { Order = JournalOrder.NewestFirst, PageSize = JournalQuery.MaxPageSize };
        while (true)
        {
            var page = await Store.ListAsync(Owner, query, cancellation).ConfigureAwait(false);
            entries.AddRange(page.Entries);
            foreach (var id in page.TamperedEntryIds)
            {
                await _terminal.Error.WriteLineAsync($"empathy: entry {id} failed its integrity check and is left out.").ConfigureAwait(false);
            }

            // A row whose id column no longer holds an entry id is named by the text found there.
            foreach (var raw in page.UnreadableRowIds)
            {
                await _terminal.Error.WriteLineAsync($"empathy: the row with id '{StorageFailures.Printable(raw)}' failed its integrity check and is left out.").ConfigureAwait(false);
            }

            if (page.Continuation is not { } next)
            {
                return entries;
            }

            query = query with { Continuation = next };
        }
    }
}
