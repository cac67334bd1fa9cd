using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.EndToEnd;

/// <summary>The interactive menu driven through a real pseudo-terminal (tmux), as a person would use it.</summary>
public sealed class InteractiveMenuTerminalTests
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    private static TmuxSession StartMenu(TempDirectory data) =>
        TmuxSession.Start(
            BuiltCli.DotnetHost,
            [BuiltCli.Dll, "--data-dir", data.Path],
            new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "correct horse battery staple", ["NO_COLOR"] = "1" },
            width: 100,
            height: 40);

    [Fact]
    public void Menu_InATerminal_ReadsAProfileAndQuitsWithZero()
    {
        using var data = new TempDirectory();
        using var terminal = StartMenu(data);

        terminal.WaitFor("What would you like to do?", Startup);
        terminal.WaitFor("Read an empathy profile from levels", Step);
        terminal.Keys("Down", "Down", "Down", "Down", "Down", "Down", "Enter");
        terminal.WaitFor("Cognitive empathy", Step);
        terminal.Line("85");
        terminal.WaitFor("Affective empathy", Step);
        terminal.Line("15");
        terminal.WaitFor("Empathic concern", Step);
        terminal.Line("20");
        terminal.WaitFor("Boundary keeping", Step);
        terminal.Keys("Enter");
        terminal.WaitFor("Any signals observed?", Step);
        terminal.Keys("Enter");
        var screen = terminal.WaitFor("Profile: hunting ground, confidence 0.80", Step);
        Assert.Contains("Affective empathy is 15, below the threshold 35.", screen);

        terminal.WaitFor("What would you like to do?", Step, after: "Profile: hunting ground");
        terminal.Keys("Down", "Down", "Down", "Down", "Down", "Down", "Down", "Enter");
        terminal.WaitFor("Take care.", Step);
        Assert.Equal(0, terminal.WaitForExit(Step));
    }
}
