using System.Text.Json;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;
using Spectre.Console.Testing;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class ExerciseHistoryTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    // The name-your-critic exercise: phrases, tone skipped, the name, the on-duty line.
    private static TestConsole CriticAnswers(TestConsole keys) => keys
        .Line("you always mess this up").Enter()
        .Down(5).Enter()
        .Line("the heckler").Enter()
        .Line("the heckler is on duty again").Enter();

    [Fact]
    public async Task Run_OtherExercise_SavesAnExerciseResponseAndNoJournalEntry()
    {
        var run = await _journal.RunInTerminalAsync(CriticAnswers(TestTerminal.Console()), "exercises", "run", EmpathyPack.NameYourCritic.Id);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("Saved as exercise response", run.Out);
        Assert.DoesNotContain("Saved in your journal", run.Out);
        var history = await _journal.RunAsync("exercises", "history", "--format", "json");
        Assert.True(history.ExitCode == ExitCodes.Success, history.Error);
        using var json = JsonDocument.Parse(history.Out);
        var saved = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal(EmpathyPack.NameYourCritic.Id, saved.GetProperty("exerciseId").GetString());
        Assert.Equal(EmpathyPack.NameYourCritic.Title.Current, saved.GetProperty("title").GetString());
        Assert.Equal("the heckler", saved.GetProperty("answers").GetProperty("critic-name").GetProperty("text").GetString());
        Assert.True(Guid.TryParse(saved.GetProperty("id").GetString(), out _));
        var list = await _journal.RunAsync("journal", "list", "--format", "json");
        Assert.Equal("[]", list.Out.Trim());
    }

    [Fact]
    public async Task Run_Archaeologist_SavesTheResponseAndTheJournalEntry()
    {
        var keys = TestTerminal.Console()
            .Line("The call ended early.").Enter()
            .Line("I'm useless.").Enter()
            .Line("tight chest").Enter()
            .Line("Scrolled.").Enter()
            .Space().Enter()
            .Line("60");

        var run = await _journal.RunInTerminalAsync(keys, "exercises", "run", EmpathyPack.ArchaeologistJournal.Id);
        var history = await _journal.RunAsync("exercises", "history", "--exercise", EmpathyPack.ArchaeologistJournal.Id, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("Saved as exercise response", run.Out);
        Assert.Contains("Saved in your journal as entry", run.Out);
        using var json = JsonDocument.Parse(history.Out);
        Assert.Single(json.RootElement.EnumerateArray().ToList());
    }

    [Fact]
    public async Task History_AsText_ListsNewestFirstWithTheTitle()
    {
        await _journal.RunInTerminalAsync(CriticAnswers(TestTerminal.Console()), "exercises", "run", EmpathyPack.NameYourCritic.Id);

        var history = await _journal.RunAsync("exercises", "history");

        Assert.True(history.ExitCode == ExitCodes.Success, history.Error);
        Assert.Contains(EmpathyPack.NameYourCritic.Title.Current, history.Flat);
    }

    [Fact]
    public async Task History_FilteredByAnotherExercise_IsEmpty()
    {
        await _journal.RunInTerminalAsync(CriticAnswers(TestTerminal.Console()), "exercises", "run", EmpathyPack.NameYourCritic.Id);

        var history = await _journal.RunAsync("exercises", "history", "--exercise", EmpathyPack.ArchaeologistJournal.Id, "--format", "json");

        Assert.Equal("[]", history.Out.Trim());
    }

    [Fact]
    public async Task History_OfAnUnknownExercise_ExitsOneNamingIt()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");

        var history = await _journal.RunAsync("exercises", "history", "--exercise", "no-such-exercise");

        Assert.Equal(ExitCodes.BadInput, history.ExitCode);
        Assert.Contains("There is no exercise 'no-such-exercise'", history.Error);
    }

    [Fact]
    public async Task History_WithoutAJournal_ExitsOneAndCreatesNothing()
    {
        var history = await _journal.RunAsync("exercises", "history");

        Assert.Equal(ExitCodes.BadInput, history.ExitCode);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Menu_ExerciseHistory_ShowsTheSavedResponses()
    {
        await _journal.RunInTerminalAsync(CriticAnswers(TestTerminal.Console()), "exercises", "run", EmpathyPack.NameYourCritic.Id);
        var keys = TestTerminal.Console().Down((int)InteractiveMenu.Choice.ExerciseHistory).Enter().Down((int)InteractiveMenu.Choice.Quit).Enter();

        var menu = await _journal.RunInTerminalAsync(keys);

        Assert.True(menu.ExitCode == ExitCodes.Success, menu.Error);
        Assert.Contains(EmpathyPack.NameYourCritic.Title.Current, menu.Flat);
        Assert.True(keys.AllKeysRead());
    }
}
