using Empathy.Samples.Console.Views;
using Spectre.Console.Testing;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class InteractiveMenuTests
{
    private static TestConsole Pick(TestConsole keys, InteractiveMenu.Choice choice) => keys.Down((int)choice).Enter();

    [Fact]
    public async Task Menu_QuitAtOnce_ExitsZero()
    {
        var keys = Pick(TestTerminal.Console(), InteractiveMenu.Choice.Quit);

        var result = await CliRun.RunAsync([], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.True(keys.AllKeysRead());
    }

    [Fact]
    public async Task Menu_ReadProfile_AsksTheLevelsAndExplainsTheProfile()
    {
        var keys = Pick(TestTerminal.Console(), InteractiveMenu.Choice.DiagnoseProfile)
            .Line("85").Line("15").Line("20")
            .Enter() // boundary keeping: the default
            .Enter(); // no signals
        Pick(keys, InteractiveMenu.Choice.Quit);

        var result = await CliRun.RunAsync([], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Profile: hunting ground, confidence 0.80", result.Out);
        Assert.True(keys.AllKeysRead());
    }

    [Fact]
    public async Task Menu_LevelOffTheScale_IsAskedAgain()
    {
        var keys = Pick(TestTerminal.Console(), InteractiveMenu.Choice.DiagnoseProfile)
            .Line("150").Line("85").Line("15").Line("20").Enter().Enter();
        Pick(keys, InteractiveMenu.Choice.Quit);

        var result = await CliRun.RunAsync([], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("150 is outside 0-100.", result.Out);
        Assert.Contains("hunting ground", result.Out);
    }

    [Fact]
    public async Task Menu_ProfileSignals_AreShownInWordsAndThePickIsEchoed()
    {
        var keys = Pick(TestTerminal.Console(), InteractiveMenu.Choice.DiagnoseProfile)
            .Line("85").Line("15").Line("20").Enter()
            .Space().Enter(); // the first signal
        Pick(keys, InteractiveMenu.Choice.Quit);

        var result = await CliRun.RunAsync([], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        var first = Names.Of(Enum.GetValues<Empathy.Core.Profiles.ProfileSignal>()[0]);
        Assert.Contains(" ", first);
        Assert.Contains($"Picked: {first}", result.Out);
        Assert.DoesNotContain("-when-", result.Out);
    }
}
