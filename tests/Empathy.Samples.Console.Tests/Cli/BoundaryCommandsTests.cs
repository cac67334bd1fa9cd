using System.Text.Json;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class BoundaryCommandsTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task Zone_PlacesAndReplacesAPerson_AndNoneTakesThemOff()
    {
        await _journal.RunAsync("boundary", "zone", "Sam", "inside");
        var moved = (await _journal.RunAsync("boundary", "zone", "sam", "doorstep", "--format", "json")).Json();
        await _journal.RunAsync("boundary", "zone", "Robin", "outside");
        var removed = (await _journal.RunAsync("boundary", "zone", "Robin", "none", "--format", "json")).Json();

        var zone = Assert.Single(moved.GetProperty("zones").EnumerateArray().ToList());
        Assert.Equal("Doorstep", zone.GetProperty("zone").GetString());
        Assert.Equal(["Doorstep"], removed.GetProperty("zones").EnumerateArray().Select(z => z.GetProperty("zone").GetString()));
        Assert.Equal(moved.GetProperty("id").GetString(), removed.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Zone_Unknown_ExitsOneNamingTheChoices()
    {
        var result = await _journal.RunAsync("boundary", "zone", "Sam", "backyard");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("backyard", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Rule_ThenCheck_FiresTheMatchingRuleWithItsConsequence()
    {
        var map = (await _journal.RunAsync("boundary", "rule", "--if", "you interrupt me", "--then", "I will stop and ask you to finish first", "--timeframe", "in the next meeting", "--match", "interrupted", "--format", "json")).Json();
        await _journal.RunAsync("boundary", "rule", "--if", "you shout", "--then", "I will leave the room");

        var check = (await _journal.RunAsync("boundary", "check", "He interrupted me twice in the stand-up", "--format", "json")).Json();
        var text = await _journal.RunAsync("boundary", "check", "He interrupted me twice in the stand-up");

        Assert.Single(map.GetProperty("rules").EnumerateArray().ToList());
        Assert.Equal(["Fired", "NoMatch"], check.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("kind").GetString()));
        Assert.Equal("interrupted", check.GetProperty("outcomes")[0].GetProperty("matchedPhrase").GetString());
        Assert.Equal(["If you interrupt me in the next meeting, then I will stop and ask you to finish first."], check.GetProperty("fired").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("1 rule fired", text.Flat);
        Assert.Contains("I will stop and ask you to finish first", text.Flat);
    }

    [Fact]
    public async Task Rule_WithAnUntilThatIsNotADay_ExitsOneSayingWhatADayLooksLike()
    {
        var result = await _journal.RunAsync("boundary", "rule", "--if", "you are late", "--then", "I will start without you", "--until", "2027-13-45");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--until must be a day such as 2026-12-31; it was '2027-13-45'.", result.Error);
        Assert.DoesNotContain("System.", result.Error);
    }

    [Fact]
    public async Task Rule_WithAnUntilThatHasPassed_ExitsOneAndAddsNoRule()
    {
        var now = new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

        await _journal.RunAtAsync(now, "boundary", "zone", "Sam", "inside");

        var result = await _journal.RunAtAsync(now, "boundary", "rule", "--if", "you are late", "--then", "I will start without you", "--until", "2025-12-31");
        var list = await _journal.RunAtAsync(now, "boundary", "list", "--format", "json");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--until 2025-12-31 has passed (today is 2026-12-03): the rule would never fire.", result.Error);
        Assert.Equal(0, list.Json().GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Rule_UntilTheCalendarsLastDay_HoldsToItsLastMoment()
    {
        var now = new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

        // Its end of day is the calendar's last moment: reached without stepping past it to a next day.
        var map = (await _journal.RunAtAsync(now, "boundary", "rule", "--if", "you are late", "--then", "I will start without you", "--until", "9999-12-31T00:00:00+00:00", "--format", "json")).Json();

        Assert.Equal("9999-12-31T23:59:59.9999999+00:00", map.GetProperty("rules")[0].GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Rule_UntilTheCalendarsLastDay_WhereItsEndHasNoUtcMoment_ExitsOneInWords_AndSavesNothing()
    {
        var now = new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

        var result = await _journal.RunAtAsync(now, "boundary", "rule", "--if", "you are late", "--then", "I will start without you", "--until", "9999-12-31T00:00:00-05:00");
        var list = await _journal.RunAtAsync(now, "boundary", "list", "--format", "json");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--until 9999-12-31 is past the last day a deadline can end on here", result.Error);
        Assert.Contains("There is no journal", list.Error); // refused before anything was created
    }

    [Fact]
    public async Task Rule_UntilToday_IsKept()
    {
        var now = new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

        var map = (await _journal.RunAtAsync(now, "boundary", "rule", "--if", "you are late", "--then", "I will start without you", "--until", "2026-12-03", "--format", "json")).Json();

        Assert.Equal("2026-12-03T23:59:59.9999999+00:00", map.GetProperty("rules")[0].GetProperty("deadline").GetString());
    }

    [Theory]
    [InlineData("--match", "--match must say something; it was empty.")]
    [InlineData("--timeframe", "--timeframe must say something; it was empty.")]
    [InlineData("--then", "--then must say something; it was empty.")]
    public async Task Rule_WithABlankValue_ExitsOneNamingTheOption(string option, string message)
    {
        string[] args = ["boundary", "rule", "--if", "you shout", "--then", "I will leave the room"];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args[..(index + 1)], "  ", .. args[(index + 2)..]] : [.. args, option, "  "];

        var result = await _journal.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("MatchPhrases", result.Error);
        Assert.DoesNotContain("Timeframe'", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Zone_NoneForSomeoneNotOnTheMap_ExitsOneAndChangesNothing()
    {
        await _journal.RunAsync("boundary", "zone", "Sam", "inside");

        var result = await _journal.RunAsync("boundary", "zone", "Sma", "none");
        var map = (await _journal.RunAsync("boundary", "list", "--format", "json")).Json();

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'Sma' is not on your map", result.Error);
        Assert.Equal(["Sam"], map.GetProperty("zones").EnumerateArray().Select(z => z.GetProperty("person").GetString()));
    }

    [Fact]
    public async Task Check_AfterTheDeadline_DoesNotFire()
    {
        // Written on 10 January, when the end of January was still ahead.
        var written = await _journal.RunAtAsync(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero), "boundary", "rule", "--if", "you are late", "--then", "I will start without you", "--until", "2026-01-31");
        Assert.Equal(ExitCodes.Success, written.ExitCode);

        var check = (await _journal.RunAsync("boundary", "check", "You are late again", "--at", "2026-02-02T10:00+00:00", "--format", "json")).Json();

        Assert.Equal("DeadlinePassed", check.GetProperty("outcomes")[0].GetProperty("kind").GetString());
        Assert.Equal(0, check.GetProperty("fired").GetArrayLength());
    }

    [Fact]
    public async Task Check_FromStandardInput_ReadsTheBehaviour()
    {
        await _journal.RunAsync("boundary", "rule", "--if", "you shout", "--then", "I will leave the room");

        var check = await CliRun.RunAsync(["boundary", "check", "-", "--format", "json", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "You shout at me\n");

        Assert.Equal(1, check.Json().GetProperty("fired").GetArrayLength());
    }

    [Fact]
    public async Task Check_FromStandardInputThatIsNotUtf8_NamesTheLineAndColumnOfTheBadByte()
    {
        await _journal.RunAsync("boundary", "rule", "--if", "you shout", "--then", "I will leave the room");

        var check = await CliRun.RunAsync(["boundary", "check", "-", "--data-dir", _journal.DataDir], _journal.Variables, stdinBytes: [.. "You shout\nat the caf"u8, 0xE9, .. "\n"u8]);

        Assert.Equal(ExitCodes.BadInput, check.ExitCode);
        Assert.Contains("The behaviour on standard input is not UTF-8 text: the byte 0xE9 at line 2, column 11 is not valid UTF-8; nothing was saved.", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Blank_ExitsOne()
    {
        await _journal.RunAsync("boundary", "rule", "--if", "you shout", "--then", "I will leave the room");

        var check = await _journal.RunAsync("boundary", "check", "   ");

        Assert.Equal(ExitCodes.BadInput, check.ExitCode);
        Assert.Contains("empty", check.Error);
    }

    [Fact]
    public async Task Rule_Twice_OrWithABlankClause_ExitsOne()
    {
        await _journal.RunAsync("boundary", "rule", "--if", "you shout", "--then", "I will leave the room");

        var twice = await _journal.RunAsync("boundary", "rule", "--if", "you shout", "--then", "I will leave the room");
        var blank = await _journal.RunAsync("boundary", "rule", "--if", " ", "--then", "I will leave the room");
        var missing = await _journal.RunAsync("boundary", "rule", "--if", "you shout");

        Assert.Equal(ExitCodes.BadInput, twice.ExitCode);
        Assert.Contains("already have the rule", twice.Error);
        Assert.Equal(ExitCodes.BadInput, blank.ExitCode);
        Assert.Contains("--if must say something; it was empty.", blank.Error);
        Assert.Equal(ExitCodes.BadInput, missing.ExitCode);
        Assert.Contains("--then", missing.Error);
    }

    [Fact]
    public async Task List_ShowsZonesAndRules()
    {
        await _journal.RunAsync("boundary", "zone", "Sam", "inside");
        await _journal.RunAsync("boundary", "rule", "--if", "you shout", "--then", "I will leave the room");

        var list = await _journal.RunAsync("boundary", "list");

        Assert.True(list.ExitCode == ExitCodes.Success, list.Error);
        Assert.Contains("inside (welcome for a visit)", list.Flat);
        Assert.Contains("1. If you shout, then I will leave the room.", list.Flat);
    }

    [Fact]
    public async Task ZoneNone_WithNoJournalYet_RefusesAndCreatesNoJournal()
    {
        var result = await _journal.RunAsync("boundary", "zone", "Sam", "none");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'Sam' is not on your map", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task ZoneNone_ForSomeoneNotOnAnExistingMap_ChangesNothing()
    {
        var before = (await _journal.RunAsync("boundary", "zone", "Robin", "inside", "--format", "json")).Json();

        var result = await _journal.RunAsync("boundary", "zone", "Sam", "none");
        var after = (await _journal.RunAsync("boundary", "list", "--format", "json")).Json();

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }
}
