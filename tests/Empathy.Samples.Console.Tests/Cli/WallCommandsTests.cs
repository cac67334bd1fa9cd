using Spectre.Console.Testing;
using System.Text.Json;
using Empathy.Core.Walls;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class WallCommandsTests
{
    private static TestConsole AnswerSignals(TestConsole keys, params WallSignal[] yes)
    {
        foreach (var signal in WallSignalCatalogue.All)
        {
            if (yes.Contains(signal))
            {
                keys.Line("y");
            }
            else
            {
                keys.Enter(); // the default: no
            }
        }

        return keys;
    }

    [Fact]
    public async Task Diagnose_WithSignalsAndJson_WritesTheDiagnosis()
    {
        var result = await CliRun.RunAsync(["wall", "diagnose", "--signal", "guarded", "--signal", "hurt-before", "--signal", "counter-attacks", "--format", "json"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutLines));
        Assert.Equal("Defense", json.RootElement.GetProperty("wall").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("reasons").GetArrayLength());
        Assert.Equal("ReduceThreat", json.RootElement.GetProperty("moves")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Diagnose_WithLogicSignalsAsText_ShowsTheWallReasonsAndMove()
    {
        var result = await CliRun.RunAsync(["wall", "diagnose", "--signal", "asks-for-facts-over-feelings", "--signal", "responds-to-clear-rules", "--signal", "puzzled-by-feeling-talk"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Wall: a wall of logic", result.Out);
        Assert.Contains("Responds to clear rules: +", result.Out);
        Assert.Contains("Dance move: Switch to their channel", result.Out);
    }

    [Fact]
    public async Task Diagnose_WithoutSignalsOrTerminal_ExitsOneSayingWhatToGive()
    {
        var result = await CliRun.RunAsync(["wall", "diagnose"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--signal", result.Error);
    }

    [Fact]
    public async Task Diagnose_WithAnUnknownSignal_ExitsOne()
    {
        var result = await CliRun.RunAsync(["wall", "diagnose", "--signal", "stonewalls"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'stonewalls'", result.Error);
    }

    [Fact]
    public async Task Diagnose_AskingAboutSignals_ReadsDefenseAndBuildsTheIStatement()
    {
        var keys = AnswerSignals(TestTerminal.Console(), WallSignal.GoesQuietWhenCriticised, WallSignal.CounterAttacks, WallSignal.Guarded, WallSignal.HurtBefore)
            .Line("y") // write the I-statement
            .Line("you don't answer my messages")
            .Line("ignored") // an accusation in disguise: refused and asked again
            .Line("uneasy")
            .Line("to know where we stand")
            .Line("tell me what you're thinking");

        var result = await CliRun.RunAsync(["wall", "diagnose"], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Wall: a wall of defense", result.Out);
        Assert.Contains("\"ignored\"", result.Out);
        Assert.Contains("Say: When you don't answer my messages, I feel uneasy, because I need to know where we stand. Would you tell me what you're thinking?", result.Flat);
        Assert.True(keys.AllKeysRead());
    }

    [Fact]
    public async Task Diagnose_LogicWallInATerminal_BuildsTheIfThenRule()
    {
        var keys = TestTerminal.Console()
            .Line("y")
            .Line("you interrupt me")
            .Line("in the next meeting")
            .Line("I will stop and ask you to finish first");

        var result = await CliRun.RunAsync(["wall", "diagnose", "--signal", "asks-for-facts-over-feelings", "--signal", "responds-to-clear-rules", "--signal", "puzzled-by-feeling-talk"], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Say: If you interrupt me in the next meeting, then I will stop and ask you to finish first.", result.Flat);
    }

    [Fact]
    public async Task Menu_ReadAWall_RunsTheSameFlow()
    {
        var keys = TestTerminal.Console().Down((int)InteractiveMenu.Choice.ReadWall).Enter();
        AnswerSignals(keys, WallSignal.AsksForFactsOverFeelings, WallSignal.RespondsToClearRules, WallSignal.PuzzledByFeelingTalk)
            .Line("n") // no rule now
            .Down((int)InteractiveMenu.Choice.Quit).Enter();

        var result = await CliRun.RunAsync([], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error + result.Out);
        Assert.Contains("Wall: a wall of logic", result.Out);
        Assert.True(keys.AllKeysRead());
    }
}
