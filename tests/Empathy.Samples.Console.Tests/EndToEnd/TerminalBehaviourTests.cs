using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.EndToEnd;

/// <summary>What a person sees in a real pseudo-terminal (tmux): countdowns in place, Ctrl+C that leaves the terminal usable.</summary>
public sealed class TerminalBehaviourTests
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    private static TmuxSession Start(TempDirectory data, params string[] args) => Start(data, keepShell: false, args);

    private static TmuxSession Start(TempDirectory data, bool keepShell, params string[] args) =>
        TmuxSession.Start(
            BuiltCli.DotnetHost,
            [BuiltCli.Dll, .. args, "--data-dir", data.Path],
            new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "correct horse battery staple", ["NO_COLOR"] = "1" },
            width: 100,
            height: 30,
            keepShell);

    [Fact]
    public void TimerStep_WithAOneLineLabel_CountsDownInPlace()
    {
        using var data = new TempDirectory();
        using var terminal = Start(data, "exercises", "run", "pause-three-seconds");

        terminal.WaitFor("What did someone say", Startup);
        terminal.Keys("Enter"); // the opinion is optional
        var screen = terminal.WaitFor("Time.", Step);

        // One countdown line, rewritten each tick, with nothing smeared above or below it.
        const string countdown = "Pause for three seconds before you reply. (Enter to end early)";
        var lines = screen.Split('\n');
        Assert.Single(lines, line => line.Contains("(Enter to end early)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.TrimEnd() == "0:00 " + countdown);
        var at = Array.FindIndex(lines, line => line.Contains(countdown, StringComparison.Ordinal));
        Assert.Equal("Time.", lines[at + 1].TrimEnd());

        terminal.WaitFor("Did anything come up?", Step);
        terminal.Keys("Enter");
        terminal.WaitFor("Saved as exercise response", Step);
        Assert.Equal(0, terminal.WaitForExit(Step));
    }

    [Fact]
    public void CtrlC_AtAPrompt_ShowsTheCursorPrintsInterruptedAndExits130()
    {
        using var data = new TempDirectory();
        using var terminal = Start(data, keepShell: true, "exercises", "run", "empathy-simulator");

        terminal.WaitFor("What will carry you into another life this time?", Startup);
        // The selection prompt hides the cursor just after it draws.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (terminal.CursorVisible && clock.Elapsed < Step)
        {
            Thread.Sleep(100);
        }

        Assert.False(terminal.CursorVisible);
        terminal.Interrupt();

        Assert.Equal(130, terminal.WaitForExit(Step));
        Assert.Contains("empathy: interrupted.", terminal.Screen());
        Assert.True(terminal.CursorVisible, "cursor hidden after exit:\n" + terminal.Screen());
    }
}
