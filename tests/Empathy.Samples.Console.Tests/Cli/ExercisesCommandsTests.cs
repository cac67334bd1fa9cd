using Empathy.Core.Components;
using Empathy.Core.Exercises;
using Empathy.Core.Serialization;
using System.Text.Json;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class ExercisesCommandsTests
{
    [Fact]
    public async Task List_WithJson_WritesEveryBuiltInExerciseWithItsSteps()
    {
        var result = await CliRun.RunAsync(["exercises", "list", "--format", "json"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutLines));
        Assert.Equal(EmpathyPack.All.Count, json.RootElement.GetArrayLength());
        var archaeologist = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "archaeologist-journal");
        Assert.Equal("empathy", archaeologist.GetProperty("pack").GetString());
        var steps = archaeologist.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("id").GetString(), s.GetProperty("kind").GetString())).ToList();
        // The library's context has no step kinds; it writes every enum by its member name, as here.
        Assert.Contains(("emotion", nameof(ExerciseStepKind.Choice)), steps);
        Assert.Contains(("intensity", nameof(ExerciseStepKind.Scale)), steps);
        Assert.Contains(LibraryJson.Name(EmpathyComponent.Cognitive, EmpathyJsonContext.Default.EmpathyComponent), archaeologist.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task List_AsText_ShowsIdsAndHowToRunOne()
    {
        var result = await CliRun.RunAsync(["exercises", "list"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("archaeologist-journal", result.Out);
        Assert.Contains("pause-three-seconds", result.Out);
        Assert.Contains("empathy exercises run <id>", result.Out);
    }

    [Fact]
    public async Task Run_WithAnUnknownId_ExitsOneNamingIt()
    {
        var result = await CliRun.RunAsync(["exercises", "run", "archaeology"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("There is no exercise 'archaeology'", result.Error);
    }

    [Fact]
    public async Task Run_WithoutATerminal_ExitsOneSayingItNeedsOne()
    {
        var result = await CliRun.RunAsync(["exercises", "run", "empathy/archaeologist-journal"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("needs a terminal", result.Error);
    }
}

public sealed class ExercisesRunTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task Run_Archaeologist_SavesTheResponseAsAFourLayerJournalEntry()
    {
        var keys = TestTerminal.Console()
            .Line("At the call my manager did not mention my report.").Enter()
            .Line("I'm useless.").Line("They're going to drop me.").Enter()
            .Line("tight chest").Enter()
            .Line("Scrolled for an hour.").Enter()
            .Space().Down(3).Space().Enter()
            .Line("70");

        var run = await _journal.RunInTerminalAsync(keys, "exercises", "run", "archaeologist-journal");
        var list = await _journal.RunAsync("journal", "list", "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("Saved in your journal as entry", run.Out);
        using var json = System.Text.Json.JsonDocument.Parse(list.Out);
        var entry = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("At the call my manager did not mention my report.", entry.GetProperty("whatHappened").GetString());
        Assert.Equal(2, entry.GetProperty("automaticThoughts").GetArrayLength());
        Assert.Equal("Scrolled for an hour.", entry.GetProperty("whatIDid").GetString());
        Assert.Equal(["anxious", "ashamed"], entry.GetProperty("emotions").EnumerateArray().Select(e => e.GetProperty("emotion").GetString()));
        Assert.Contains("archaeologist-journal", entry.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Run_WithAWrongPassphrase_StopsBeforeAnyQuestion()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");
        var keys = TestTerminal.Console();

        var result = await CliRun.RunAsync(["exercises", "run", "archaeologist-journal", "--data-dir", _journal.DataDir], new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "wrong" }, keys: keys);

        Assert.Equal(ExitCodes.StorageOrKey, result.ExitCode);
        Assert.DoesNotContain("What happened?", result.Out);
    }

    [Fact]
    public async Task Menu_WriteAJournalEntry_SavesIt()
    {
        var keys = TestTerminal.Console().Down((int)InteractiveMenu.Choice.WriteJournalEntry).Enter()
            .Line("It rained on the picnic.")
            .Line("Nothing ever works out.").Enter()
            .Enter() // body
            .Enter() // what I did
            .Enter() // no emotion
            .Down((int)InteractiveMenu.Choice.Quit).Enter();

        var menu = await _journal.RunInTerminalAsync(keys);
        var list = await _journal.RunAsync("journal", "list", "--format", "json");

        Assert.True(menu.ExitCode == ExitCodes.Success, menu.Error);
        Assert.Contains("It rained on the picnic.", list.Out);
        Assert.Contains("Nothing ever works out.", list.Out);
    }
}
