using System.Text.Json;
using Empathy.Core.Exercises.BuiltIn;
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
        Assert.Contains(("emotion", "choice"), steps);
        Assert.Contains(("intensity", "scale"), steps);
        Assert.Contains("cognitive", archaeologist.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
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
