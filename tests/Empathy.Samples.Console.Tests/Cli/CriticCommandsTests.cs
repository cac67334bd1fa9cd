using System.Text.Json;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class CriticCommandsTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    [Fact]
    public async Task Name_ThenPhrases_ThenList_KeepsTheCriticWithItsPhrases()
    {
        var named = (await _journal.RunAsync("critic", "name", "the heckler", "--format", "json")).Json();
        var phrases = (await _journal.RunAsync("critic", "phrases", "The Heckler", "--add", "you always mess this up", "--add", "who do you think you are", "--format", "json")).Json();
        var list = (await _journal.RunAsync("critic", "list", "--format", "json")).Json();

        Assert.Equal("the heckler", named.GetProperty("name").GetString());
        Assert.Equal(named.GetProperty("id").GetString(), phrases.GetProperty("id").GetString());
        var critic = Assert.Single(list.EnumerateArray().ToList());
        Assert.Equal(["you always mess this up", "who do you think you are"], critic.GetProperty("typicalPhrases").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Phrases_FromStandardInput_AreAddedOnePerLine_AndRemoveForgetsOne()
    {
        await _journal.RunAsync("critic", "name", "Ms Perfect");
        await CliRun.RunAsync(["critic", "phrases", "Ms Perfect", "--add", "-", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "it has to be flawless\nnot good enough\n");

        var removed = (await _journal.RunAsync("critic", "phrases", "Ms Perfect", "--remove", "NOT GOOD ENOUGH", "--format", "json")).Json();
        var text = await _journal.RunAsync("critic", "list");

        Assert.Equal(["it has to be flawless"], removed.GetProperty("typicalPhrases").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Ms Perfect", text.Out);
        Assert.Contains("\"it has to be flawless\"", text.Out);
    }

    [Fact]
    public async Task Name_WithTo_RenamesTheCritic()
    {
        await _journal.RunAsync("critic", "name", "the heckler");

        var renamed = (await _journal.RunAsync("critic", "name", "the heckler", "--to", "the judge", "--format", "json")).Json();

        Assert.Equal("the judge", renamed.GetProperty("name").GetString());
        Assert.Equal("the judge", Assert.Single((await _journal.RunAsync("critic", "list", "--format", "json")).Json().EnumerateArray().ToList()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Name_Twice_ExitsOne()
    {
        await _journal.RunAsync("critic", "name", "the heckler");

        var again = await _journal.RunAsync("critic", "name", "THE HECKLER");

        Assert.Equal(ExitCodes.BadInput, again.ExitCode);
        Assert.Contains("already named a critic 'the heckler'", again.Error);
    }

    [Fact]
    public async Task Name_Blank_ExitsOneAndCreatesNothing()
    {
        var result = await _journal.RunAsync("critic", "name", "  ");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("needs a name", result.Error);
        Assert.False(File.Exists(_journal.File("journal.db")));
    }

    [Fact]
    public async Task Phrases_OfAnUnknownCritic_OrAnUnknownPhrase_ExitOne()
    {
        await _journal.RunAsync("critic", "name", "the heckler");

        var unknownCritic = await _journal.RunAsync("critic", "phrases", "the judge", "--add", "x");
        var unknownPhrase = await _journal.RunAsync("critic", "phrases", "the heckler", "--remove", "never said");

        Assert.Equal(ExitCodes.BadInput, unknownCritic.ExitCode);
        Assert.Contains("You named no critic 'the judge'", unknownCritic.Error);
        Assert.Equal(ExitCodes.BadInput, unknownPhrase.ExitCode);
        Assert.Contains("no phrase 'never said'", unknownPhrase.Error);
    }

    [Fact]
    public async Task Phrases_AddedAndRemovedAtOnce_ExitOneAndChangeNothing()
    {
        await _journal.RunAsync("critic", "name", "the heckler");
        await _journal.RunAsync("critic", "phrases", "the heckler", "--add", "you are lazy");

        var result = await _journal.RunAsync("critic", "phrases", "the heckler", "--add", "You are lazy", "--remove", "you are lazy");
        var critic = (await _journal.RunAsync("critic", "phrases", "the heckler", "--format", "json")).Json();

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'You are lazy' is given to both --add and --remove; nothing was changed.", result.Error);
        Assert.Equal(["you are lazy"], critic.GetProperty("typicalPhrases").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Phrases_StandardInputTwice_SaysItIsReadOnce()
    {
        await _journal.RunAsync("critic", "name", "the heckler");

        var result = await CliRun.RunAsync(["critic", "phrases", "the heckler", "--add", "-", "--add", "-", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "you always fail\n");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'--add -' reads the phrases from standard input, once", result.Error);
    }

    [Fact]
    public async Task Insights_AttributeThoughtsToTheStoredCritic()
    {
        await _journal.RunAsync("critic", "name", "the heckler");
        await _journal.RunAsync("critic", "phrases", "the heckler", "--add", "mess this up");
        await CliRun.RunAsync(["journal", "add", "--stdin-json", "--data-dir", _journal.DataDir], _journal.Variables,
            stdin: "{\"happened\": \"The demo crashed.\", \"thoughts\": [\"I always mess this up.\"]}");

        var json = (await _journal.RunAsync("journal", "insights", "--format", "json")).Json();
        var text = await _journal.RunAsync("journal", "insights");

        var voice = Assert.Single(json.GetProperty("criticVoices").EnumerateArray().ToList());
        Assert.Equal("the heckler", voice.GetProperty("criticName").GetString());
        Assert.Equal(1, voice.GetProperty("thoughtCount").GetInt32());
        Assert.Contains("the heckler is on duty again.", text.Flat);
    }

    [Fact]
    public async Task List_WithNone_SaysHowToNameOne()
    {
        await _journal.RunAsync("journal", "add", "--happened", "It rained.");

        var list = await _journal.RunAsync("critic", "list");

        Assert.Contains("No inner critic named yet", list.Flat);
    }

    [Fact]
    public async Task Phrases_AddFromEmptyStandardInput_IsRefused()
    {
        await _journal.RunAsync("critic", "name", "The Judge");

        var result = await CliRun.RunAsync(["critic", "phrases", "The Judge", "--add", "-", "--data-dir", _journal.DataDir], _journal.Variables, stdin: "\n");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--add - reads the phrases from standard input, and standard input was empty; nothing was saved.", result.Error);
    }
}
