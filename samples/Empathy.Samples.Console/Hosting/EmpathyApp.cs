using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Samples.Console.Console;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// What every command needs: the terminal, the environment, the library's services and the clock.
/// One instance per run of the program (or per test).
/// </summary>
internal sealed class EmpathyApp : IDisposable
{
    private readonly ServiceProvider _services;
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
        _services = new ServiceCollection()
            .AddEmpathy()
            .AddExercisePack(EmpathyPack.Pack)
            .BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Where commands read and write.</summary>
    public Terminal Terminal { get; }

    /// <summary>Environment variables and the home folder.</summary>
    public CliEnvironment Environment { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The library's services, registered with <c>AddEmpathy</c> on their defaults, and the built-in exercise pack.</summary>
    public IServiceProvider Services => _services;

    /// <summary>
    /// The journal, opened on first use and kept open for the rest of the run (so the interactive menu
    /// asks for the passphrase once).
    /// </summary>
    /// <param name="dataDirectory">The <c>--data-dir</c> value, if given.</param>
    /// <param name="cancellation">Cancels opening.</param>
    /// <exception cref="CliException">The journal cannot be opened (exit code 2).</exception>
    public async Task<JournalSession> OpenJournalAsync(string? dataDirectory, CancellationToken cancellation) =>
        _journal ??= await JournalSession.OpenAsync(this, dataDirectory, cancellation).ConfigureAwait(false);

    /// <inheritdoc />
    public void Dispose()
    {
        _journal?.Dispose();
        _services.Dispose();
    }
}
