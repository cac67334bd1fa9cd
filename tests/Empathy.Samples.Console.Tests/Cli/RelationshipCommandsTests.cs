using System.Globalization;
using System.Text.Json;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class RelationshipCommandsTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private static string DaysAgo(double days) =>
        DateTimeOffset.Now.AddDays(-days).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Add_WithJson_StartsRedWithNoContact()
    {
        var added = (await _journal.RunAsync("relationship", "add", "Sam", "--format", "json")).Json();

        Assert.Equal("Sam", added.GetProperty("person").GetString());
        Assert.Equal("Red", added.GetProperty("connection").GetProperty("status").GetString());
        Assert.Equal(0, added.GetProperty("connection").GetProperty("score").GetDouble());
        Assert.False(added.GetProperty("exit").GetProperty("exitSignalled").GetBoolean());
        Assert.True(Guid.TryParse(added.GetProperty("id").GetString(), out _));
    }

    [Theory]
    [InlineData("relationship", "add")]
    [InlineData("relationship", "status")]
    [InlineData("boundary", "zone")]
    public async Task APersonsNameOverTheLimit_ExitsOneWithThePlainMessage(string command, string subcommand)
    {
        string[] args = command == "boundary" ? [command, subcommand, new string('x', 5000), "inside"] : [command, subcommand, new string('x', 5000)];

        var result = await _journal.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("A person's name must be at most 200 characters; this one has 5000.", result.Error);
        Assert.DoesNotContain("unexpected error", result.Error);
    }

    [Fact]
    public async Task Add_TheSamePersonTwice_IgnoringCase_ExitsOne()
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var again = await _journal.RunAsync("relationship", "add", "sam");

        Assert.Equal(ExitCodes.BadInput, again.ExitCode);
        Assert.Contains("already keep a relationship with Sam", again.Error);
    }

    [Fact]
    public async Task Add_WithAnIdealWindowLongerThanTheMaximum_ExitsOneAndSavesNothing()
    {
        var added = await _journal.RunAsync("relationship", "add", "Sam", "--ideal-days", "30", "--max-gap-days", "10");
        var list = await _journal.RunAsync("relationship", "list", "--format", "json");

        Assert.Equal(ExitCodes.BadInput, added.ExitCode);
        Assert.Contains("For Sam, the ideal contact window (30 days) is longer than the maximum gap (10 days)", added.Error);
        Assert.Equal("[]", list.Out.Trim());
    }

    [Fact]
    public async Task Log_ARecentContact_TurnsGreenWithTheNextContactDue()
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var logged = (await _journal.RunAsync("relationship", "log", "Sam", "--kind", "in-person", "--proximity", "80", "--minutes", "90", "--at", DaysAgo(2), "--format", "json")).Json();

        var connection = logged.GetProperty("connection");
        Assert.Equal("Green", connection.GetProperty("status").GetString());
        Assert.True(connection.GetProperty("score").GetDouble() > 0);
        Assert.Equal(1, logged.GetProperty("interactions").GetInt32());
        var due = connection.GetProperty("idealContactBy").GetDateTimeOffset();
        Assert.InRange((due - DateTimeOffset.Now).TotalDays, 4.9, 5.1); // 7-day ideal window, 2 days gone
    }

    [Fact]
    public async Task Status_AsText_ShowsTheWindowTheNextContactAndTheReasons()
    {
        await _journal.RunAsync("relationship", "add", "Sam", "--ideal-days", "3", "--max-gap-days", "10");
        await _journal.RunAsync("relationship", "log", "Sam", "--kind", "call", "--proximity", "60", "--minutes", "30", "--at", DaysAgo(5));

        var status = await _journal.RunAsync("relationship", "status", "Sam");

        Assert.True(status.ExitCode == ExitCodes.Success, status.Error);
        Assert.Contains("Sam: yellow", status.Flat);
        Assert.Contains("Next contact: now (the ideal window closed on", status.Flat);
        Assert.Contains("past the ideal window of 3 days", status.Flat);
        Assert.Contains("Exit signal: not raised.", status.Flat);
    }

    [Fact]
    public async Task CheckIns_DrainingDespiteAdjustments_RaiseTheExitSignalWithItsReasons()
    {
        await _journal.RunAsync("relationship", "add", "Alex");
        foreach (var (days, adjusted) in new[] { (35.0, false), (24.0, true), (12.0, true), (1.0, false) })
        {
            string[] args = ["relationship", "check-in", "Alex", "--depletion", "80", "--frustration", "70", "--self-doubt", "75", "--at", DaysAgo(days)];
            var result = await _journal.RunAsync(adjusted ? [.. args, "--adjusted"] : args);
            Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        }

        var status = (await _journal.RunAsync("relationship", "status", "alex", "--format", "json")).Json();
        var text = await _journal.RunAsync("relationship", "status", "Alex");

        var exit = status.GetProperty("exit");
        Assert.True(exit.GetProperty("exitSignalled").GetBoolean());
        Assert.Equal(4, exit.GetProperty("drainingCheckIns").GetInt32());
        Assert.All(exit.GetProperty("reasons").EnumerateArray(), r => Assert.True(r.GetProperty("holds").GetBoolean()));
        Assert.Contains("You have the right to leave the dance floor", text.Flat);
    }

    [Fact]
    public async Task CheckIn_NoteFromStandardInput_IsKept_AndANoteArgumentIsRefused()
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var refused = await _journal.RunAsync("relationship", "check-in", "Sam", "--depletion", "10", "--frustration", "10", "--self-doubt", "10", "--note", "private words");
        var fromStdin = await CliRun.RunAsync(["relationship", "check-in", "Sam", "--depletion", "10", "--frustration", "10", "--self-doubt", "10", "--note", "-", "--format", "json", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "We laughed a lot.\n");

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("--note is private text", refused.Error);
        Assert.Equal(1, fromStdin.Json().GetProperty("checkIns").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public async Task CheckIn_NoteFromEmptyStandardInput_IsRefusedAndSavesNoCheckIn(string stdin)
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var result = await CliRun.RunAsync(["relationship", "check-in", "Sam", "--depletion", "10", "--frustration", "10", "--self-doubt", "10", "--note", "-", "--data-dir", _journal.DataDir], _journal.Variables, stdin: stdin);
        var status = (await _journal.RunAsync("relationship", "status", "Sam", "--format", "json")).Json();

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--note - reads the note from standard input, and standard input was empty; nothing was saved.", result.Error);
        Assert.Equal(0, status.GetProperty("checkIns").GetInt32());
    }

    [Theory]
    [InlineData("--proximity", "101", "--proximity must be a whole number from 0 to 100")]
    [InlineData("--kind", "letter", "letter")]
    [InlineData("--minutes", "99999999", "--minutes must be a whole number from 0 to 10080")]
    [InlineData("--at", "yesterday", "--at must be an ISO 8601 date and time")]
    public async Task Log_BadValues_ExitOneNamingTheOption(string option, string value, string message)
    {
        await _journal.RunAsync("relationship", "add", "Sam");
        string[] args = ["relationship", "log", "Sam", "--kind", "call", "--proximity", "50"];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args[..(index + 1)], value, .. args[(index + 2)..]] : [.. args, option, value];

        var result = await _journal.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("0")]
    public async Task Log_AMessageWithMinutes_ExitsOneNamingTheOption_AndSavesNothing(string minutes)
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var result = await _journal.RunAsync("relationship", "log", "Sam", "--kind", "message", "--proximity", "50", "--minutes", minutes);
        var status = (await _journal.RunAsync("relationship", "status", "Sam", "--format", "json")).Json();

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--minutes does not go with --kind message", result.Error);
        Assert.Contains("Leave --minutes out", result.Error);
        Assert.Contains("relationship log --help", result.Error);
        Assert.Equal(0, status.GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task Log_AMessageWithoutMinutes_CountsTheShortestContact()
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var logged = (await _journal.RunAsync("relationship", "log", "Sam", "--kind", "message", "--proximity", "60", "--format", "json")).Json();

        // 60 ÷ 100 × the 10 minutes a contact counts at least, just now: 0.1 close hours.
        Assert.Equal(0.1, logged.GetProperty("connection").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Log_AnUnknownKindWithMinutes_IsAUsageErrorAboutTheKind()
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var result = await _journal.RunAsync("relationship", "log", "Sam", "--kind", "messag", "--proximity", "50", "--minutes", "30");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'messag'", result.Error);
        Assert.DoesNotContain("unexpected error", result.Error);
    }

    [Fact]
    public async Task Log_InTheFuture_ExitsOne()
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var result = await _journal.RunAsync("relationship", "log", "Sam", "--kind", "call", "--proximity", "50", "--at", DaysAgo(-2));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("is in the future", result.Error);
    }

    [Fact]
    public async Task Log_ForSomeoneNotKept_ExitsOneWithTheWayToAddThem()
    {
        await _journal.RunAsync("relationship", "add", "Sam");

        var result = await _journal.RunAsync("relationship", "log", "Robin", "--kind", "call", "--proximity", "50");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("You keep no relationship with 'Robin'", result.Error);
    }

    [Fact]
    public async Task Status_WithoutAJournal_ExitsOneAndCreatesNothing()
    {
        var result = await _journal.RunAsync("relationship", "status", "Sam");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task List_PutsTheOnesThatNeedContactFirst()
    {
        await _journal.RunAsync("relationship", "add", "Sam");
        await _journal.RunAsync("relationship", "add", "Alex");
        await _journal.RunAsync("relationship", "log", "Sam", "--kind", "message", "--proximity", "40", "--at", DaysAgo(1));

        var json = (await _journal.RunAsync("relationship", "list", "--format", "json")).Json();
        var text = await _journal.RunAsync("relationship", "list");

        Assert.Equal(["Alex", "Sam"], json.EnumerateArray().Select(r => r.GetProperty("person").GetString()));
        Assert.Equal(["Red", "Green"], json.EnumerateArray().Select(r => r.GetProperty("connection").GetProperty("status").GetString()));
        Assert.Contains("Alex", text.Out);
        Assert.Contains("never", text.Out);
    }

    [Fact]
    public async Task List_WithNone_SaysHowToAddOne()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");

        var text = await _journal.RunAsync("relationship", "list");

        Assert.Contains("No relationships yet", text.Flat);
    }
}
