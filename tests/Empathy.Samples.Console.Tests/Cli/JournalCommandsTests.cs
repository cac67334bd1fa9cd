using System.Text.Json;
using Empathy.Core.Journal;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class JournalCommandsTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private async Task<string> AddAsync(string happened, params string[] more)
    {
        var result = await _journal.RunAsync(["journal", "add", "--happened", happened, .. more, "--format", "json"]);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        using var json = JsonDocument.Parse(Assert.Single(result.OutLines));
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private async Task<JsonDocument> ListAsync()
    {
        var result = await _journal.RunAsync("journal", "list", "--format", "json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        return JsonDocument.Parse(Assert.Single(result.OutLines));
    }

    [Fact]
    public async Task Add_WithJson_PrintsTheIdOfTheSavedEntry()
    {
        var id = await AddAsync("The boss did not mention my part.", "--thoughts", "I'm useless.", "--thoughts", "They will drop me.", "--body", "tight chest", "--did", "Scrolled for an hour.");

        var shown = await _journal.RunAsync("journal", "show", id, "--format", "json");

        Assert.Equal(ExitCodes.Success, shown.ExitCode);
        using var entry = JsonDocument.Parse(shown.Out);
        Assert.Equal(id, entry.RootElement.GetProperty("id").GetString());
        Assert.Equal("The boss did not mention my part.", entry.RootElement.GetProperty("whatHappened").GetString());
        Assert.Equal(["I'm useless.", "They will drop me."], entry.RootElement.GetProperty("automaticThoughts").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("tight chest", entry.RootElement.GetProperty("bodySensations")[0].GetString());
        Assert.Equal("Scrolled for an hour.", entry.RootElement.GetProperty("whatIDid").GetString());
    }

    [Fact]
    public async Task Add_AsText_PrintsOnlyTheId()
    {
        var result = await _journal.RunAsync("journal", "add", "--happened", "It rained on the picnic.");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(JournalEntryId.TryParse(result.Out.Trim(), out _), result.Out);
    }

    [Fact]
    public async Task Add_WithBlankHappened_ExitsOneNamingTheOption()
    {
        var result = await _journal.RunAsync("journal", "add", "--happened", "   ");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--happened", result.Error);
    }

    [Fact]
    public async Task List_WithJson_ListsEveryEntryNewestFirst()
    {
        var first = await AddAsync("First thing.");
        var second = await AddAsync("Second thing.");

        using var list = await ListAsync();

        Assert.Equal([second, first], list.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task List_AsText_ShowsIdsAndPreviews()
    {
        var id = await AddAsync("The boss did not mention my part.");

        var result = await _journal.RunAsync("journal", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(id, result.Out);
        Assert.Contains("The boss did not mention my part.", result.Out);
    }

    [Fact]
    public async Task List_OnAnEmptyJournal_SaysItIsEmpty()
    {
        var id = await AddAsync("Delete me.");
        await _journal.RunAsync("journal", "delete", id);

        var result = await _journal.RunAsync("journal", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("The journal is empty.", result.Out);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show")]
    [InlineData("delete")]
    [InlineData("export")]
    [InlineData("insights")]
    public async Task ReadingCommand_OnAFolderWithNoJournal_SaysSoExitsOneAndCreatesNothing(string command)
    {
        string[] args = command switch
        {
            "show" or "delete" => ["journal", command, JournalEntryId.New().ToString()],
            "export" => ["journal", command, _journal.File("backup.json")],
            _ => ["journal", command],
        };

        var result = await _journal.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("There is no journal in", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_journal.DataDir));
    }

    [Fact]
    public async Task WrongPassphrase_ExitsTwoAndRevealsNothing()
    {
        await AddAsync("my very private phrase");

        var result = await CliRun.RunAsync(["journal", "list", "--data-dir", _journal.DataDir], new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "not the passphrase" });

        Assert.Equal(ExitCodes.StorageOrKey, result.ExitCode);
        Assert.Contains("The passphrase does not open this journal.", result.Error);
        Assert.Equal(string.Empty, result.Out);
        Assert.DoesNotContain("private phrase", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task NoPassphraseAndNoTerminal_ExitsTwoNamingTheVariable()
    {
        await AddAsync("Something.");

        var result = await CliRun.RunAsync(["journal", "list", "--data-dir", _journal.DataDir]);

        Assert.Equal(ExitCodes.StorageOrKey, result.ExitCode);
        Assert.Contains("EMPATHY_PASSPHRASE", result.Error);
    }

    [Fact]
    public async Task DamagedDatabaseFile_ExitsTwoWithoutAStackTrace()
    {
        await File.WriteAllTextAsync(_journal.File("journal.db"), "this is not a database, just some text that is long enough to look like a header");

        var result = await _journal.RunAsync("journal", "list");

        Assert.Equal(ExitCodes.StorageOrKey, result.ExitCode);
        Assert.StartsWith("empathy: ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task NewJournal_PassphraseTypedTwiceInATerminal_CreatesIt()
    {
        var keys = TestTerminal.Console().Line("my passphrase").Line("my passphrase");

        var created = await CliRun.RunAsync(["journal", "add", "--happened", "It rained.", "--data-dir", _journal.DataDir], keys: keys);
        var reopened = await CliRun.RunAsync(["journal", "list", "--format", "json", "--data-dir", _journal.DataDir], new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "my passphrase" });

        Assert.True(created.ExitCode == ExitCodes.Success, created.Error);
        Assert.Contains("Choose a passphrase", created.Out);
        Assert.Equal(ExitCodes.Success, reopened.ExitCode);
        Assert.Contains("It rained.", reopened.Out);
    }

    [Fact]
    public async Task DataFolder_WithoutOption_IsUnderXdgDataHome()
    {
        var variables = new Dictionary<string, string>(_journal.Variables) { ["XDG_DATA_HOME"] = _journal.DataDir };

        var result = await CliRun.RunAsync(["journal", "add", "--happened", "It rained."], variables);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_journal.DataDir, "empathy", "journal.db")));
    }

    [Fact]
    public async Task Show_WithAnUnknownId_ExitsOneNamingIt()
    {
        await AddAsync("Something.");
        var unknown = JournalEntryId.New().ToString();

        var result = await _journal.RunAsync("journal", "show", unknown);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"There is no journal entry {unknown}", result.Error);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("delete")]
    public async Task TheEmptyGuid_IsRefusedSayingWhy(string command)
    {
        var result = await _journal.RunAsync("journal", command, "00000000-0000-0000-0000-000000000000");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"empathy: '00000000-0000-0000-0000-000000000000' is the empty GUID, which is never a journal entry id; give one that 'journal list' shows.\nRun 'empathy journal {command} --help' for usage.\n", result.Error);
    }

    [Fact]
    public async Task Show_WithSomethingThatIsNotAnId_ExitsOne()
    {
        var result = await _journal.RunAsync("journal", "show", "yesterday");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'yesterday' is not a journal entry id", result.Error);
    }

    [Fact]
    public async Task Show_AsText_ShowsTheFourLayers()
    {
        var id = await AddAsync("The boss did not mention my part.", "--thoughts", "I'm useless.", "--body", "tight chest");

        var result = await _journal.RunAsync("journal", "show", id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("I'm useless.", result.Out);
        Assert.Contains("tight chest", result.Out);
    }

    [Fact]
    public async Task Delete_RemovesTheEntryForGood()
    {
        var kept = await AddAsync("Keep me.");
        var gone = await AddAsync("Delete me.");

        var deleted = await _journal.RunAsync("journal", "delete", gone);
        using var list = await ListAsync();

        Assert.Equal(ExitCodes.Success, deleted.ExitCode);
        Assert.Equal([kept], list.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Delete_InATerminal_AsksFirstAndKeepsOnNo()
    {
        var id = await AddAsync("Keep me.");

        var result = await _journal.RunInTerminalAsync(TestTerminal.Console().Enter(), "journal", "delete", id);
        using var list = await ListAsync();

        Assert.Contains("Kept.", result.Out);
        Assert.Equal(1, list.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task ExportThenImport_IntoAnEmptyJournal_KeepsEveryEntry()
    {
        await AddAsync("First thing.", "--thoughts", "I'm not good enough.");
        await AddAsync("Second thing.");
        using var other = new TempJournal();

        var exported = await _journal.RunAsync("journal", "export", _journal.File("backup.json"));
        var imported = await other.RunAsync("journal", "import", _journal.File("backup.json"));
        var again = await other.RunAsync("journal", "import", _journal.File("backup.json"));
        using var original = await ListAsync();
        var copy = await other.RunAsync("journal", "list", "--format", "json");

        Assert.Equal(ExitCodes.Success, exported.ExitCode);
        Assert.Contains("Exported 2 entries", exported.Out);
        Assert.Contains("Imported 2 entries", imported.Out);
        Assert.Contains("Imported 0 entries", again.Out);
        Assert.Contains("2 entries were already in the journal", again.Flat);
        Assert.Equal(original.RootElement.GetRawText(), Assert.Single(copy.OutLines));
    }

    [Fact]
    public async Task Export_ToAnExistingFile_ExitsOneUnlessForced()
    {
        await AddAsync("Something.");
        await File.WriteAllTextAsync(_journal.File("backup.json"), "keep");

        var refused = await _journal.RunAsync("journal", "export", _journal.File("backup.json"));
        var forced = await _journal.RunAsync("journal", "export", _journal.File("backup.json"), "--force");

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("--force", refused.Error);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
    }

    [Fact]
    public async Task Import_OfAFileThatIsNotAnExport_ExitsOneNamingTheFile()
    {
        await File.WriteAllTextAsync(_journal.File("notes.json"), """{"hello": "world"}""");

        var result = await _journal.RunAsync("journal", "import", _journal.File("notes.json"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("notes.json is not a journal export", result.Error);
    }

    [Fact]
    public async Task Import_OfAFileItRefuses_WithNoJournalYet_CreatesNoJournal()
    {
        await File.WriteAllTextAsync(_journal.File("notes.json"), """{"formatVersion": 1, "entries": [{"feltAt": "yesterday"}]}""");

        var result = await _journal.RunAsync("journal", "import", _journal.File("notes.json"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("notes.json is not a journal export", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Import_OfAFileThatIsNotUtf8_NamesTheFileAndTheByte_AndCreatesNoJournal()
    {
        var file = _journal.File("notes.json");
        await File.WriteAllBytesAsync(file, [.. "{\"formatVersion\": 1,\n \"entries\": [{\"whatHappened\": \"caf"u8, 0xE9, .. "\"}]}"u8]);

        var result = await _journal.RunAsync("journal", "import", file);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{file} is not UTF-8 text: the byte 0xE9 at line 2, column 35 is not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Import_OfAnExportWithAByteOrderMark_IsRead()
    {
        await AddAsync("Something.");
        var file = _journal.File("backup.json");
        await _journal.RunAsync("journal", "export", file);
        await File.WriteAllBytesAsync(file, [0xEF, 0xBB, 0xBF, .. await File.ReadAllBytesAsync(file)]);
        using var other = new TempJournal();

        var result = await other.RunAsync("journal", "import", file);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Imported 1 entry", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfAMissingFile_ExitsOne()
    {
        var result = await _journal.RunAsync("journal", "import", _journal.File("missing.json"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("There is no file", result.Error);
    }

    [Fact]
    public async Task WhitespacePassphraseVariable_IsAUserErrorNamingTheVariable()
    {
        var result = await CliRun.RunAsync(["journal", "add", "--happened", "It rained.", "--data-dir", _journal.DataDir], new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "   " });

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("EMPATHY_PASSPHRASE holds only white space", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Add_WithHappenedFromStandardInput_KeepsTheTextOutOfTheArguments()
    {
        var added = await CliRun.RunAsync(["journal", "add", "--happened", "-", "--thoughts", "I'm useless.", "--format", "json", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "The boss did not mention my part.\n");
        Assert.True(added.ExitCode == ExitCodes.Success, added.Error);
        var id = JsonDocument.Parse(added.Out).RootElement.GetProperty("id").GetString()!;

        using var shown = JsonDocument.Parse((await _journal.RunAsync("journal", "show", id, "--format", "json")).Out);

        Assert.Equal("The boss did not mention my part.", shown.RootElement.GetProperty("whatHappened").GetString());
        Assert.Equal("I'm useless.", shown.RootElement.GetProperty("automaticThoughts")[0].GetString());
    }

    [Fact]
    public async Task Add_WithThoughtsFromStandardInput_TakesOnePerLine()
    {
        var added = await CliRun.RunAsync(["journal", "add", "--happened", "It rained.", "--thoughts", "-", "--format", "json", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "Nothing works out.\n\nI'll be alone.\n");
        Assert.True(added.ExitCode == ExitCodes.Success, added.Error);

        using var list = await ListAsync();

        Assert.Equal(["Nothing works out.", "I'll be alone."], list.RootElement[0].GetProperty("automaticThoughts").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Add_WithStdinJson_SavesEveryLayer()
    {
        const string entry = """{"happened": "The boss did not mention my part.", "thoughts": ["I'm useless."], "body": ["tight chest"], "did": "Scrolled."}""";

        var added = await CliRun.RunAsync(["journal", "add", "--stdin-json", "--data-dir", _journal.DataDir], _journal.Variables, stdin: entry);
        using var list = await ListAsync();

        Assert.True(added.ExitCode == ExitCodes.Success, added.Error);
        var saved = list.RootElement[0];
        Assert.Equal("The boss did not mention my part.", saved.GetProperty("whatHappened").GetString());
        Assert.Equal("tight chest", saved.GetProperty("bodySensations")[0].GetString());
        Assert.Equal("Scrolled.", saved.GetProperty("whatIDid").GetString());
    }

    [Theory]
    [InlineData("""{"happened": "x", "feelings": ["sad"]}""")]
    [InlineData("not json")]
    [InlineData("""{"thoughts": ["only a thought"]}""")]
    public async Task Add_WithStdinJsonThatIsNotAnEntry_ExitsOneAndSavesNothing(string stdin)
    {
        var result = await CliRun.RunAsync(["journal", "add", "--stdin-json", "--data-dir", _journal.DataDir], _journal.Variables, stdin: stdin);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Add_WithStdinJsonOfTheWrongShape_SaysWhichMemberAndLine_InWordsForPeople()
    {
        var result = await CliRun.RunAsync(["journal", "add", "--stdin-json", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "{\"happened\": \"x\",\n \"thoughts\": 5}");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("A value here is not of the type or format expected, at $.thoughts (line 2, byte 15 of that line).", result.Error);
        Assert.DoesNotContain("IReadOnlyList", result.Error);
    }

    [Fact]
    public async Task Add_WithTwoLayersFromStandardInput_ExitsOne()
    {
        var result = await CliRun.RunAsync(["journal", "add", "--happened", "-", "--did", "-", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "x");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--stdin-json", result.Error);
    }

    [Fact]
    public async Task Add_Help_SaysArgumentsAreVisibleToOtherUsers()
    {
        var result = await CliRun.RunAsync(["journal", "add", "--help"]);

        Assert.Contains("visible to other users", result.Flat);
        Assert.Contains("--stdin-json", result.Out);
    }

    [Theory]
    [InlineData("--did", "what I did")]
    [InlineData("--thoughts", "the automatic thoughts")]
    [InlineData("--body", "the body sensations")]
    public async Task Add_ALayerFromEmptyStandardInput_IsRefusedAndSavesNoEntry(string option, string what)
    {
        string[] args = ["journal", "add", "--happened", "The bus was late.", "--thoughts", "I'm late again.", "--body", "hot face", "--did", "ran", "--data-dir", _journal.DataDir];
        args[Array.IndexOf(args, option) + 1] = "-";

        var result = await CliRun.RunAsync(args, _journal.Variables, stdin: "\n");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{option} - reads {what} from standard input, and standard input was empty; nothing was saved.", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }
}
