using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Storage.Sqlite.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// What every command needs: the terminal, the environment, the library's services and the clock.
/// One instance per run of the program (or per test).
/// </summary>
internal sealed class EmpathyApp : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly JournalAccess _journalAccess = new();
    private JournalSession? _journal;

    /// <summary>Creates the app over a terminal and an environment.</summary>
    /// <param name="terminal">Where commands read and write.</param>
    /// <param name="environment">Environment variables and the home folder.</param>
    /// <param name="time">The clock; the system clock when <see langword="null"/>.</param>
    public EmpathyApp(Terminal terminal, CliEnvironment environment, TimeProvider? time = null)
    {
        Terminal = terminal;
        Environment = environment;
        Time = time ?? TimeProvider.System;
        // Registered as an app would: the library, the built-in pack and the encrypted store. The store
        // opens when first resolved, at the location and with the key the command line chose.
        _services = new ServiceCollection()
            .AddSingleton(Time)
            .AddSingleton(_journalAccess)
            .AddEmpathy()
            .AddExercisePack(EmpathyPack.Pack)
            .AddSqliteJournalStore(
                options =>
                {
                    options.DatabasePath = _journalAccess.DatabasePath;
                    options.TimeProvider = Time;
                },
                services => services.GetRequiredService<JournalAccess>().TakeKeyProvider())
            .BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Where commands read and write.</summary>
    public Terminal Terminal { get; }

    /// <summary>Environment variables and the home folder.</summary>
    public CliEnvironment Environment { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>
    /// The library's services, registered with <c>AddEmpathy</c> on their defaults, the built-in exercise
    /// pack and the encrypted journal store (<c>AddSqliteJournalStore</c>).
    /// </summary>
    public IServiceProvider Services => _services;

    /// <summary>
    /// The journal, opened on first use and kept open for the rest of the run (so the interactive menu
    /// asks for the passphrase once).
    /// </summary>
    /// <param name="dataDirectory">The <c>--data-dir</c> value, if given.</param>
    /// <param name="opening">Whether a missing journal is created or refused.</param>
    /// <param name="cancellation">Cancels opening.</param>
    /// <exception cref="CliException">No journal to read (exit code 1), or it cannot be opened (exit code 2).</exception>
    public async Task<JournalSession> OpenJournalAsync(string? dataDirectory, JournalOpening opening, CancellationToken cancellation) =>
        _journal ??= await JournalSession.OpenAsync(this, _journalAccess, dataDirectory, opening, cancellation).ConfigureAwait(false);

    /// <summary>
    /// Opens the journal when the data folder holds one, else returns <see langword="null"/> and creates nothing:
    /// for a command that reads what is there first and creates the journal only once it has something to save,
    /// so that a refusal leaves nothing behind.
    /// </summary>
    /// <param name="dataDirectory">The <c>--data-dir</c> value, if given.</param>
    /// <param name="cancellation">Cancels opening.</param>
    public async Task<JournalSession?> OpenExistingJournalAsync(string? dataDirectory, CancellationToken cancellation) =>
        _journal is not null || JournalSession.Exists(this, dataDirectory)
            ? await OpenJournalAsync(dataDirectory, JournalOpening.MustExist, cancellation).ConfigureAwait(false)
            : null;

    /// <inheritdoc />
    public void Dispose() => _services.Dispose();
}
