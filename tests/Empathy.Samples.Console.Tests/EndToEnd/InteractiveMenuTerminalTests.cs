using System.Text.Json;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.EndToEnd;

/// <summary>The interactive menu driven through a real pseudo-terminal (tmux), as a person would use it.</summary>
public sealed class InteractiveMenuTerminalTests
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    private const string Passphrase = "correct horse battery staple";

    private static TmuxSession StartMenu(TempDirectory data) =>
        TmuxSession.Start(
            BuiltCli.DotnetHost,
            [BuiltCli.Dll, "--data-dir", data.Path],
            new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = Passphrase, ["NO_COLOR"] = "1" },
            width: 100,
            height: 40);

    private static IEnumerable<string> Downs(Empathy.Samples.Console.Cli.InteractiveMenu.Choice choice) => Enumerable.Repeat("Down", (int)choice);

    [Fact]
    public async Task Menu_InATerminal_TankDiveIsRefusedBelowTheReserve_OverriddenOnRequest_AndCharted()
    {
        using var data = new TempDirectory();
        using (var terminal = StartMenu(data))
        {
            terminal.WaitFor("What would you like to do?", Startup);
            terminal.Keys([.. Downs(Empathy.Samples.Console.Cli.InteractiveMenu.Choice.EnergyTank), "Enter"]);
            terminal.WaitFor("Energy tank: what would you like to do?", Step);
            terminal.Keys("Down", "Enter"); // start a dive
            terminal.WaitFor("What is the dive?", Step);
            terminal.Line("the long call");
            terminal.WaitFor("What do you expect it to cost?", Step);
            terminal.Line("90");
            terminal.WaitFor("Dive anyway, below your reserve", Step);
            Assert.Contains("Dive refused", terminal.Screen());
            terminal.Line("y");
            terminal.WaitFor("because you overrode it", Step);
            terminal.WaitFor("What would you like to do?", Step, after: "because you overrode it");
            terminal.Keys([.. Downs(Empathy.Samples.Console.Cli.InteractiveMenu.Choice.EnergyTank), "Enter"]);
            terminal.WaitFor("Energy tank: what would you like to do?", Step, after: "because you overrode it");
            terminal.Keys("Enter"); // status
            // The chart's own header (the sub-menu's label also says "level over time").
            var screen = terminal.WaitFor("level over time (capacity 100, reserve 25", Step);
            Assert.Contains("overridden", screen);
            terminal.WaitFor("What would you like to do?", Step, after: "level over time (capacity");
            terminal.Keys([.. Downs(Empathy.Samples.Console.Cli.InteractiveMenu.Choice.Quit), "Enter"]);
            terminal.WaitFor("Take care.", Step);
            Assert.Equal(0, terminal.WaitForExit(Step));
        }

        var status = await CliRun.RunAsync(["tank", "status", "--format", "json", "--data-dir", data.Path], new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = Passphrase });
        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Out);
        var dive = Assert.Single(json.RootElement.GetProperty("tank").GetProperty("dives").EnumerateArray().ToList());
        Assert.True(dive.GetProperty("overrodeReserve").GetBoolean());
        Assert.Equal("the long call", dive.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Menu_InATerminal_CompletesTheArchaeologistExerciseAndSavesIt()
    {
        using var data = new TempDirectory();
        using (var terminal = StartMenu(data))
        {
            terminal.WaitFor("What would you like to do?", Startup);
            terminal.Keys("Enter"); // Run an exercise
            terminal.WaitFor("Which exercise?", Step);
            terminal.Keys("Enter"); // the archaeologist's journal, first in the pack
            terminal.WaitFor("What happened?", Step);
            terminal.Line("At the team call my manager listed the results and did not mention my report.");
            terminal.Keys("Enter");
            terminal.WaitFor("Which thoughts went through your head?", Step);
            terminal.Line("I'm useless.");
            terminal.Line("They're going to drop me.");
            terminal.Keys("Enter");
            terminal.WaitFor("What did your body do?", Step);
            terminal.Line("tight chest");
            terminal.Keys("Enter");
            terminal.WaitFor("What did you do to get through it?", Step);
            terminal.Line("Scrolled for an hour.");
            terminal.Keys("Enter");
            terminal.WaitFor("Which emotions were there?", Step);
            terminal.Keys("Space", "Down", "Down", "Down", "Space", "Enter"); // anxious, ashamed
            terminal.WaitFor("How strong was the feeling at its peak?", Step);
            terminal.Line("70");
            terminal.WaitFor("Saved in your journal as entry", Step);
            terminal.WaitFor("What would you like to do?", Step, after: "Saved in your journal as entry");
            terminal.Keys([.. Downs(Empathy.Samples.Console.Cli.InteractiveMenu.Choice.Quit), "Enter"]);
            terminal.WaitFor("Take care.", Step);
            Assert.Equal(0, terminal.WaitForExit(Step));
        }

        var saved = await CliRun.RunAsync(["journal", "list", "--format", "json", "--data-dir", data.Path], new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = Passphrase });
        Assert.Equal(0, saved.ExitCode);
        using var json = JsonDocument.Parse(saved.Out);
        var entry = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("At the team call my manager listed the results and did not mention my report.", entry.GetProperty("whatHappened").GetString());
        Assert.Equal(["I'm useless.", "They're going to drop me."], entry.GetProperty("automaticThoughts").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["anxious", "ashamed"], entry.GetProperty("emotions").EnumerateArray().Select(e => e.GetProperty("emotion").GetString()));
        Assert.All(entry.GetProperty("emotions").EnumerateArray(), e => Assert.Equal(70, e.GetProperty("intensityBefore").GetInt32()));
    }

    [Fact]
    public void Menu_InATerminal_ReadsAProfileAndQuitsWithZero()
    {
        using var data = new TempDirectory();
        using var terminal = StartMenu(data);

        terminal.WaitFor("What would you like to do?", Startup);
        terminal.WaitFor("Read an empathy profile from levels", Step);
        terminal.Keys([.. Downs(Empathy.Samples.Console.Cli.InteractiveMenu.Choice.DiagnoseProfile), "Enter"]);
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
        terminal.WaitFor("Profile: hunting ground, confidence 0.80", Step);
        // The reasons are written just after the headline: wait for them rather than read one early screen.
        terminal.WaitFor("Affective empathy is 15, below the threshold 35.", Step);

        terminal.WaitFor("What would you like to do?", Step, after: "Profile: hunting ground");
        terminal.Keys([.. Downs(Empathy.Samples.Console.Cli.InteractiveMenu.Choice.Quit), "Enter"]);
        terminal.WaitFor("Take care.", Step);
        Assert.Equal(0, terminal.WaitForExit(Step));
    }
}
