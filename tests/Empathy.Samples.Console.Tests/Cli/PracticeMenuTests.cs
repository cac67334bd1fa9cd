using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;
using Spectre.Console.Testing;

namespace Empathy.Samples.Console.Tests.Cli;

/// <summary>The interactive menu reaches every practice command: each flow asks what the command takes and shows what it shows.</summary>
public sealed class PracticeMenuTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private static TestConsole Menu(InteractiveMenu.Choice choice) => TestTerminal.Console().Down((int)choice).Enter();

    private static TestConsole Then<TAction>(TestConsole keys, TAction action)
        where TAction : struct, Enum => keys.Down(Convert.ToInt32(action, System.Globalization.CultureInfo.InvariantCulture)).Enter();

    private static TestConsole Quit(TestConsole keys) => keys.Down((int)InteractiveMenu.Choice.Quit).Enter();

    private async Task<CliResult> RunAsync(TestConsole keys)
    {
        var result = await _journal.RunInTerminalAsync(Quit(keys));
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error + result.Out);
        Assert.True(keys.AllKeysRead());
        return result;
    }

    [Fact]
    public async Task Menu_Relationships_AddLogCheckInStatusAndList()
    {
        var keys = Then(Menu(InteractiveMenu.Choice.Relationships), PracticeMenus.RelationshipAction.Add).Line("Sam");
        Then(keys.Down((int)InteractiveMenu.Choice.Relationships).Enter(), PracticeMenus.RelationshipAction.LogContact).Enter().Enter() // Sam; in person
            .Line("80").Line("60");
        Then(keys.Down((int)InteractiveMenu.Choice.Relationships).Enter(), PracticeMenus.RelationshipAction.CheckIn).Enter() // Sam
            .Line("70").Line("60").Line("65").Line("y").Line("");
        Then(keys.Down((int)InteractiveMenu.Choice.Relationships).Enter(), PracticeMenus.RelationshipAction.Status).Enter();
        Then(keys.Down((int)InteractiveMenu.Choice.Relationships).Enter(), PracticeMenus.RelationshipAction.List);

        var result = await RunAsync(keys);

        Assert.Contains("Sam: green", result.Flat);
        Assert.Contains("Exit signal: not raised.", result.Flat);
        var list = await _journal.RunAsync("relationship", "status", "Sam", "--format", "json");
        Assert.Contains("\"interactions\":1,\"checkIns\":1", list.Out);
    }

    [Fact]
    public async Task Menu_LogAMessage_AsksNoMinutes()
    {
        var keys = Then(Menu(InteractiveMenu.Choice.Relationships), PracticeMenus.RelationshipAction.Add).Line("Sam");
        Then(keys.Down((int)InteractiveMenu.Choice.Relationships).Enter(), PracticeMenus.RelationshipAction.LogContact).Enter() // Sam
            .Down((int)Empathy.Core.Relationships.InteractionKind.Message).Enter()
            .Line("60");

        var result = await RunAsync(keys);

        Assert.DoesNotContain("How many minutes", result.Flat);
        var status = (await _journal.RunAsync("relationship", "status", "Sam", "--format", "json")).Json();
        Assert.Equal(1, status.GetProperty("interactions").GetInt32());
        Assert.Equal(0.1, status.GetProperty("connection").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Menu_Tank_RefusedDiveOffersTheOverride_ThenSurfaceAndStatus()
    {
        var keys = Then(Menu(InteractiveMenu.Choice.EnergyTank), PracticeMenus.TankAction.Dive).Line("the long call").Line("90").Line("y");
        Then(keys.Down((int)InteractiveMenu.Choice.EnergyTank).Enter(), PracticeMenus.TankAction.Surface).Line("80");
        Then(keys.Down((int)InteractiveMenu.Choice.EnergyTank).Enter(), PracticeMenus.TankAction.Status);

        var result = await RunAsync(keys);

        Assert.Contains("Dive refused", result.Flat);
        Assert.Contains("because you overrode it", result.Flat);
        Assert.Contains("Surfaced from the long call: planned 90, it cost 80.", result.Flat);
        Assert.Contains("level over time (capacity 100, reserve 25", result.Out);
        Assert.Contains("overridden", result.Out);
    }

    [Fact]
    public async Task Menu_Critic_NameAddPhrasesAndList()
    {
        var keys = Then(Menu(InteractiveMenu.Choice.InnerCritic), PracticeMenus.CriticAction.Name).Line("the heckler").Line("you always mess this up").Line("");
        Then(keys.Down((int)InteractiveMenu.Choice.InnerCritic).Enter(), PracticeMenus.CriticAction.AddPhrases).Enter().Line("who do you think you are").Line("");
        Then(keys.Down((int)InteractiveMenu.Choice.InnerCritic).Enter(), PracticeMenus.CriticAction.List);

        var result = await RunAsync(keys);

        Assert.Contains("\"who do you think you are\"", result.Out);
        var list = await _journal.RunAsync("critic", "list", "--format", "json");
        Assert.Contains("[\"you always mess this up\",\"who do you think you are\"]", list.Out);
    }

    [Fact]
    public async Task Menu_Boundaries_ZoneRuleCheckAndShow()
    {
        var keys = Then(Menu(InteractiveMenu.Choice.Boundaries), PracticeMenus.BoundaryAction.Zone).Line("Sam").Down().Enter(); // doorstep
        Then(keys.Down((int)InteractiveMenu.Choice.Boundaries).Enter(), PracticeMenus.BoundaryAction.Rule).Line("you shout").Line("").Line("I will leave the room");
        Then(keys.Down((int)InteractiveMenu.Choice.Boundaries).Enter(), PracticeMenus.BoundaryAction.Check).Line("You shout at me");
        Then(keys.Down((int)InteractiveMenu.Choice.Boundaries).Enter(), PracticeMenus.BoundaryAction.Show);

        var result = await RunAsync(keys);

        Assert.Contains("1 rule fired", result.Flat);
        Assert.Contains("doorstep (talk at the door)", result.Flat);
        Assert.Contains("If you shout, then I will leave the room.", result.Flat);
    }

    [Fact]
    public async Task Menu_StatusOfNoRelationship_SaysSoAndGoesBackToTheMenu()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");
        var keys = Then(Menu(InteractiveMenu.Choice.Relationships), PracticeMenus.RelationshipAction.Status);

        var result = await RunAsync(keys);

        Assert.Contains("No relationships yet", result.Flat);
    }
}
