using System.Globalization;
using System.Text.Json;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;
using Empathy.Samples.Console.Views;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class TankCommandsTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private static string HoursAgo(double hours) =>
        DateTimeOffset.Now.AddHours(-hours).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Dive_WithinTheReserve_IsAcceptedAndSaved()
    {
        var dive = await _journal.RunAsync("tank", "dive", "--cost", "30", "--label", "listening to Sam", "--format", "json");

        Assert.True(dive.ExitCode == ExitCodes.Success, dive.Error);
        var json = Json(dive.Out);
        Assert.True(json.GetProperty("accepted").GetBoolean());
        Assert.Equal(100, json.GetProperty("levelAtStart").GetDouble());
        Assert.Equal(70, json.GetProperty("projectedLevel").GetDouble());
        Assert.True(json.GetProperty("diagnosis").GetProperty("isDiving").GetBoolean());
        var status = Json((await _journal.RunAsync("tank", "status", "--format", "json")).Out);
        Assert.Equal("listening to Sam", status.GetProperty("tank").GetProperty("dives")[0].GetProperty("label").GetString());
        Assert.Equal(json.GetProperty("id").GetString(), status.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Dive_BelowTheReserve_IsRefusedWithExitOne_AndNothingIsSaved()
    {
        await MakeJournalWithoutATankAsync();
        var dive = await _journal.RunAsync("tank", "dive", "--cost", "90", "--format", "json");

        Assert.Equal(ExitCodes.BadInput, dive.ExitCode);
        var json = Json(dive.Out);
        Assert.False(json.GetProperty("accepted").GetBoolean());
        Assert.Equal(10, json.GetProperty("projectedLevel").GetDouble());
        Assert.Contains("--override", dive.Error);
        var status = Json((await _journal.RunAsync("tank", "status", "--format", "json")).Out);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("id").ValueKind);
        Assert.Equal(0, status.GetProperty("tank").GetProperty("dives").GetArrayLength());
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("1e300")]
    public async Task Dive_CostingMoreThanTheTankHolds_ExitsOneEvenWithOverride_AndNothingIsSaved(string cost)
    {
        await MakeJournalWithoutATankAsync();
        var dive = await _journal.RunAsync("tank", "dive", "--cost", cost, "--override");
        var status = Json((await _journal.RunAsync("tank", "status", "--format", "json")).Out);

        Assert.Equal(ExitCodes.BadInput, dive.ExitCode);
        Assert.Contains("is more than your tank holds: a dive costs from 0 to its capacity, 100. Nothing was saved.", dive.Error);
        Assert.Empty(dive.Out);
        Assert.Equal(0, status.GetProperty("tank").GetProperty("dives").GetArrayLength());
    }

    [Fact]
    public async Task Dive_CostingTheWholeTank_GoesAheadWithOverride()
    {
        var dive = await _journal.RunAsync("tank", "dive", "--cost", "100", "--override");

        Assert.Equal(ExitCodes.Success, dive.ExitCode);
    }

    [Fact]
    public async Task Surface_CostingMoreThanTheTankHolds_ExitsOneAndTheDiveGoesOn()
    {
        await _journal.RunAsync("tank", "dive", "--cost", "30");

        var surface = await _journal.RunAsync("tank", "surface", "--cost", "300");
        var status = Json((await _journal.RunAsync("tank", "status", "--format", "json")).Out);

        Assert.Equal(ExitCodes.BadInput, surface.ExitCode);
        Assert.Contains("--cost 300 is more than your tank holds", surface.Error);
        Assert.True(status.GetProperty("diagnosis").GetProperty("isDiving").GetBoolean());
    }

    [Fact]
    public async Task Dive_WithABlankLabel_ExitsOneNamingTheOption()
    {
        var dive = await _journal.RunAsync("tank", "dive", "--cost", "30", "--label", "  ");

        Assert.Equal(ExitCodes.BadInput, dive.ExitCode);
        Assert.Contains("--label must say something; it was empty.", dive.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Dive_BelowTheReserveWithOverride_GoesAheadAndKeepsTheOverrideOnRecord()
    {
        var dive = await _journal.RunAsync("tank", "dive", "--cost", "90", "--override");

        Assert.True(dive.ExitCode == ExitCodes.Success, dive.Error);
        Assert.Contains("because you overrode it", dive.Flat);
        var status = Json((await _journal.RunAsync("tank", "status", "--format", "json")).Out);
        Assert.True(status.GetProperty("tank").GetProperty("dives")[0].GetProperty("overrodeReserve").GetBoolean());
    }

    [Fact]
    public async Task Surface_ChargesTheActualCost_AndStatusDrawsTheLevelOverTime()
    {
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("tank", "dive", "--cost", "40", "--at", HoursAgo(10))).ExitCode);
        var surfaced = await _journal.RunAsync("tank", "surface", "--cost", "60", "--at", HoursAgo(8), "--format", "json");

        Assert.True(surfaced.ExitCode == ExitCodes.Success, surfaced.Error);
        var json = Json(surfaced.Out);
        Assert.Equal(60, json.GetProperty("dive").GetProperty("actualCost").GetDouble());
        Assert.Equal(40, json.GetProperty("diagnosis").GetProperty("level").GetDouble());

        var status = await _journal.RunAsync("tank", "status");
        Assert.True(status.ExitCode == ExitCodes.Success, status.Error);
        Assert.Contains("level over time (capacity 100, reserve 25", status.Out);
        Assert.Contains(LevelChart.Filled.ToString(), status.Out);
        Assert.Contains(LevelChart.ReserveLine.ToString() + LevelChart.ReserveLine, status.Out);
        Assert.Contains("refills 4 per hour", status.Flat);
        Assert.Contains("kept", status.Out); // the dive table: the reserve was kept
    }

    [Fact]
    public async Task Dive_WhileDiving_ExitsOneSayingToSurface()
    {
        await _journal.RunAsync("tank", "dive", "--cost", "10");

        var again = await _journal.RunAsync("tank", "dive", "--cost", "10");

        Assert.Equal(ExitCodes.BadInput, again.ExitCode);
        Assert.Contains("already under way", again.Error);
        Assert.Contains("tank surface", again.Error);
    }

    [Fact]
    public async Task Surface_WithNoDive_ExitsOne()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");

        var result = await _journal.RunAsync("tank", "surface", "--cost", "10");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("No dive is under way", result.Error);
    }

    [Fact]
    public async Task Surface_BeforeTheDiveBegan_ExitsOneAndChangesNothing()
    {
        await _journal.RunAsync("tank", "dive", "--cost", "10", "--at", HoursAgo(1));

        var result = await _journal.RunAsync("tank", "surface", "--cost", "10", "--at", HoursAgo(3));
        var status = Json((await _journal.RunAsync("tank", "status", "--format", "json")).Out);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("time order", result.Error);
        Assert.True(status.GetProperty("diagnosis").GetProperty("isDiving").GetBoolean());
    }

    [Theory]
    [InlineData("-")]
    [InlineData("lots")]
    [InlineData("NaN")]
    public async Task Dive_WithACostThatIsNotANumber_ExitsOne(string cost)
    {
        var result = await _journal.RunAsync("tank", "dive", "--cost", cost);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--cost must be a number, 0 or more", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Status_BeforeAnyDive_ShowsAFullTank()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");

        var status = await _journal.RunAsync("tank", "status");

        Assert.True(status.ExitCode == ExitCodes.Success, status.Error);
        Assert.Contains("No dive yet", status.Flat);
        Assert.Contains("Tank: full, level 100", status.Flat);
    }

    [Fact]
    public async Task Dive_RefusedBelowTheReserve_WithNoJournalYet_CreatesNoJournal()
    {
        var result = await _journal.RunAsync("tank", "dive", "--cost", "100");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Dive refused", result.Flat);
        Assert.Contains("nothing was saved", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Dive_OverTheCapacity_WithNoJournalYet_CreatesNoJournal()
    {
        var result = await _journal.RunAsync("tank", "dive", "--cost", "500");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("more than your tank holds", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Dive_Accepted_WithNoJournalYet_CreatesTheJournalAndSavesTheDive()
    {
        var result = await _journal.RunAsync("tank", "dive", "--cost", "10", "--format", "json");

        var json = result.Json();
        Assert.True(json.GetProperty("accepted").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, json.GetProperty("id").ValueKind);
        Assert.True((await _journal.RunAsync("tank", "status", "--format", "json")).Json().GetProperty("diagnosis").GetProperty("isDiving").GetBoolean());
    }

    // A journal that holds no tank yet (a refused dive in a folder with no journal creates none to look in).
    private async Task MakeJournalWithoutATankAsync() =>
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("boundary", "zone", "Sam", "inside")).ExitCode);

    [Fact]
    public async Task ADivesJsonMembers_AreTheOnesDocsConsoleMdLists()
    {
        var underway = Json((await _journal.RunAsync("tank", "dive", "--cost", "30", "--label", "listening to Sam", "--format", "json")).Out);
        var finished = Json((await _journal.RunAsync("tank", "surface", "--cost", "20", "--format", "json")).Out);

        var documented = DocumentedDiveMembers();
        Assert.Equal(documented, finished.GetProperty("dive").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Subset(documented.ToHashSet(), underway.GetProperty("tank").GetProperty("dives")[0].EnumerateObject().Select(p => p.Name).ToHashSet());
    }

    // The member names of "dives": [{...}] in docs/console.md's JSON shapes, found from the test's folder up.
    private static List<string> DocumentedDiveMembers()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "docs", "console.md")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var doc = File.ReadAllText(Path.Combine(folder.FullName, "docs", "console.md"));
        var shape = System.Text.RegularExpressions.Regex.Match(doc, @"""dives"": \[\{(?<members>[^}]*)\}\]");
        Assert.True(shape.Success, "docs/console.md shows the dives' shape");
        return [.. System.Text.RegularExpressions.Regex.Matches(shape.Groups["members"].Value, @"""(\w+)""").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
    }
}
