using System.Diagnostics;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>
/// A program running in a real pseudo-terminal inside a private tmux server: tests type with
/// <see cref="Keys"/> / <see cref="Type"/> and read the screen with <see cref="WaitFor"/>. Every wait
/// polls with a timeout; <see cref="Dispose"/> always kills the server.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    private const string Session = "empathy";
    private const string ExitMarker = "[program exited: ";
    private readonly string _socket = Path.Combine(Path.GetTempPath(), $"empathy-tmux-{Guid.NewGuid():N}.sock");

    private TmuxSession()
    {
    }

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> in a fixed-size terminal.</summary>
    /// <param name="program">The executable.</param>
    /// <param name="arguments">Its arguments (quoted here for the shell tmux uses).</param>
    /// <param name="environment">Variables set for the program.</param>
    /// <param name="width">Terminal columns.</param>
    /// <param name="height">Terminal rows.</param>
    /// <param name="keepShell">Keep the shell running after the program exits, so the terminal's state (the cursor) can still be read.</param>
    public static TmuxSession Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, int width = 100, int height = 40, bool keepShell = false)
    {
        var session = new TmuxSession();
        try
        {
            List<string> args = ["-f", "/dev/null", "new-session", "-d", "-s", Session, "-x", $"{width}", "-y", $"{height}"];
            foreach (var (name, value) in environment)
            {
                args.AddRange(["-e", $"{name}={value}"]);
            }

            // The shell prints the exit status after the program: tmux's own #{pane_dead_status} is not
            // always filled in, so the screen is the reliable place to read it.
            args.Add(string.Join(' ', new[] { program }.Concat(arguments).Select(Quote)) + $"; echo \"{ExitMarker}$?]\"" + (keepShell ? "; sleep 120" : string.Empty));
            // Keep the pane after the program exits, so that its last screen and exit status can be read.
            args.AddRange([";", "set-option", "-t", Session, "remain-on-exit", "on"]);
            session.Tmux(args);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Sends named keys (<c>Enter</c>, <c>Down</c>, <c>Space</c>) in order.</summary>
    /// <param name="keys">tmux key names.</param>
    public void Keys(params string[] keys) => Tmux(["send-keys", "-t", Session, .. keys]);

    /// <summary>Types <paramref name="text"/> literally (no key-name lookup).</summary>
    /// <param name="text">The text.</param>
    public void Type(string text) => Tmux(["send-keys", "-t", Session, "-l", text]);

    /// <summary>Types <paramref name="text"/> and presses Enter.</summary>
    /// <param name="text">The text.</param>
    public void Line(string text)
    {
        Type(text);
        Keys("Enter");
    }

    /// <summary>
    /// Sends SIGINT to the program, as Ctrl+C does. Only the program gets it: the shell that runs it stays
    /// to print the exit status (a Ctrl+C key press would reach the shell too and end it).
    /// </summary>
    public void Interrupt()
    {
        var shell = Tmux(["display-message", "-p", "-t", Session, "#{pane_pid}"]).Trim();
        var children = Directory.EnumerateDirectories($"/proc/{shell}/task")
            .SelectMany(task => File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.NotEmpty(children);
        foreach (var child in children)
        {
            using var kill = Process.Start("kill", ["-INT", child]);
            kill.WaitForExit();
        }
    }

    /// <summary>Whether the terminal's cursor is visible (a program that hid it and did not show it again leaves it hidden).</summary>
    public bool CursorVisible => Tmux(["display-message", "-p", "-t", Session, "#{cursor_flag}"]).Trim() == "1";

    /// <summary>The screen and its scroll-back, as plain text.</summary>
    public string Screen() => Tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", Session]);

    /// <summary>Polls the screen until it holds <paramref name="text"/>, below <paramref name="after"/> when given.</summary>
    /// <param name="text">What to wait for.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="after">Text that must come before it (for a question asked again after some output).</param>
    /// <returns>The screen that held the text.</returns>
    /// <exception cref="TimeoutException">The text did not show in time; the message holds the last screen.</exception>
    public string WaitFor(string text, TimeSpan timeout, string? after = null)
    {
        var clock = Stopwatch.StartNew();
        var screen = string.Empty;
        while (clock.Elapsed < timeout)
        {
            screen = Screen();
            var from = after is null ? 0 : screen.LastIndexOf(after, StringComparison.Ordinal);
            if (from >= 0 && screen.IndexOf(text, from, StringComparison.Ordinal) >= 0)
            {
                return screen;
            }

            Thread.Sleep(150);
        }

        throw new TimeoutException($"'{text}' did not show within {timeout.TotalSeconds:0}s. Last screen:\n{screen}");
    }

    /// <summary>Polls until the program has exited and returns its exit status.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <exception cref="TimeoutException">The program still ran; the message holds the last screen.</exception>
    public int WaitForExit(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var screen = Screen();
            var at = screen.LastIndexOf(ExitMarker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = at + ExitMarker.Length;
                var end = screen.IndexOf(']', start);
                if (end > start)
                {
                    return int.Parse(screen.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            Thread.Sleep(150);
        }

        throw new TimeoutException($"The program did not exit within {timeout.TotalSeconds:0}s. Last screen:\n{Screen()}");
    }

    /// <summary>Kills the private tmux server and everything running in it.</summary>
    public void Dispose()
    {
        try
        {
            Tmux(["kill-server"], check: false);
        }
        catch (Exception)
        {
            // Nothing is left to kill when tmux cannot even start.
        }

        File.Delete(_socket);
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private string Tmux(IEnumerable<string> args, bool check = true)
    {
        var start = new ProcessStartInfo("tmux")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-S");
        start.ArgumentList.Add(_socket);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start tmux.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tmux {string.Join(' ', args)} did not return.");
        }

        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result;
    }
}
