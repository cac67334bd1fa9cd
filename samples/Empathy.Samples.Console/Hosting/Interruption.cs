using System.Runtime.InteropServices;

namespace Empathy.Samples.Console.Hosting;

/// <summary>
/// Ctrl+C (SIGINT): cancels the running command, and when it does not stop by itself within a short
/// grace period (a prompt blocks on a key press and cannot see the token), restores the terminal,
/// prints the <c>interrupted</c> line and exits with 130. Either way the line is printed once and the
/// cursor that a prompt, spinner or countdown hid is shown again.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a cancelled command has to finish on its own (a write ends its transaction).</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromMilliseconds(500);

    private static int s_reported;
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration _registration;
    private int _signalled;

    private Interruption(Terminal terminal) =>
        // SIGINT is Ctrl+C on Windows too (PosixSignalRegistration maps it).
        _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
                // The process stays up until the command stops or the grace period ends.
                context.Cancel = true;
                if (Interlocked.Exchange(ref _signalled, 1) == 1)
                {
                    return;
                }

                _cancellation.Cancel();
                _ = Task.Run(async () =>
                {
                    await Task.Delay(GracePeriod).ConfigureAwait(false);
                    Report(terminal);
                    Environment.Exit(ExitCodes.Interrupted);
                });
        });

    /// <summary>Cancelled on Ctrl+C.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Starts listening for Ctrl+C on the process (the program's entry point does this; tests do not).</summary>
    /// <param name="terminal">The terminal to restore and report on.</param>
    public static Interruption Listen(Terminal terminal) => new(terminal);

    /// <summary>Shows the cursor again and prints <c>empathy: interrupted.</c> on standard error, once per process.</summary>
    /// <param name="terminal">The terminal.</param>
    public static void Report(Terminal terminal)
    {
        if (Interlocked.Exchange(ref s_reported, 1) == 1)
        {
            return;
        }

        if (terminal.Ui.Profile.Capabilities.Ansi)
        {
            terminal.Ui.Cursor.Show(true);
        }

        // Start on a fresh line: a prompt or countdown may have left the cursor mid-line.
        terminal.Error.WriteLine(terminal.CanPrompt ? Environment.NewLine + "empathy: interrupted." : "empathy: interrupted.");
        terminal.Error.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _registration.Dispose();
        _cancellation.Dispose();
    }
}
