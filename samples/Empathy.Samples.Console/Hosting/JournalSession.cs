using Empathy.Core.Storage;
using Empathy.Core.Storage.Keys;
using Empathy.Samples.Console.Console;
using Empathy.Storage.Sqlite;
using Spectre.Console;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// The open journal: the encrypted SQLite store in the data folder, for the one local owner. Opening it
/// creates the folder and the journal on first use, asking for a passphrase (confirmed the first time).
/// </summary>
internal sealed class JournalSession : IDisposable
{
    /// <summary>The journal's file name inside the data folder.</summary>
    public const string DatabaseFileName = "journal.db";

    private readonly SqliteJournalStore _store;

    private JournalSession(SqliteJournalStore store, bool created)
    {
        _store = store;
        Created = created;
    }

    /// <summary>The one owner of a local journal: the person at the keyboard.</summary>
    public static JournalOwnerId Owner { get; } = new("local");

    /// <summary>The store.</summary>
    public IJournalStore Store => _store;

    /// <summary>The database file.</summary>
    public string DatabasePath => _store.DatabasePath;

    /// <summary>Whether this session created the journal.</summary>
    public bool Created { get; }

    /// <summary>Opens (or creates) the journal in the data folder.</summary>
    /// <param name="app">Terminal, environment and clock.</param>
    /// <param name="dataDirectoryOption">The <c>--data-dir</c> value, if given.</param>
    /// <param name="cancellation">Cancels opening.</param>
    /// <exception cref="CliException">No passphrase, a wrong one, or a folder or file that cannot be used (exit code 2).</exception>
    public static async Task<JournalSession> OpenAsync(EmpathyApp app, string? dataDirectoryOption, CancellationToken cancellation)
    {
        var directory = DataDirectory.Resolve(dataDirectoryOption, app.Environment);
        var path = Path.Combine(directory, DatabaseFileName);
        var creating = !File.Exists(path);
        var passphrase = PassphraseSource.Obtain(app.Terminal, app.Environment, creating);
        try
        {
            if (creating)
            {
                CreatePrivateDirectory(directory);
            }

            using var key = JournalKeyProvider.FromPassphrase(passphrase);
            var options = new SqliteJournalStoreOptions { DatabasePath = path, TimeProvider = app.Time };
            // Deriving the key is deliberately slow: show that something is happening.
            var store = app.Terminal.CanPrompt
                ? await app.Terminal.Ui.Status().StartAsync(creating ? "Creating your encrypted journal…" : "Unlocking your journal…", _ => SqliteJournalStore.OpenAsync(options, key, cancellation)).ConfigureAwait(false)
                : await SqliteJournalStore.OpenAsync(options, key, cancellation).ConfigureAwait(false);
            if (creating && app.Terminal.CanPrompt)
            {
                app.Terminal.Ui.MarkupLine($"[grey]Created an encrypted journal at {Markup.Escape(path)}.[/]");
            }

            return new JournalSession(store, creating);
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

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

    private static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            // Only the owner may list or enter the folder that holds the journal.
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
