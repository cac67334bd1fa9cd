using Empathy.Core.Components;
using Empathy.Core.Insights;
using Empathy.Core.Serialization;
using System.Text.Json;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class AnalyzeCommandsTests
{
    private static JsonElement Json(string line) => JsonDocument.Parse(line).RootElement;

    [Fact]
    public async Task Observation_FromStandardInput_WritesOneJsonObjectPerLineInOrder()
    {
        var result = await CliRun.RunAsync(["analyze", "observation"], stdin: "My boss targeted me again on purpose.\nIn the meeting the boss did not mention my part.\nEveryone always ignores me.\n");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal([false, true, false], lines.Select(l => Json(l).GetProperty("isObjective").GetBoolean()));
        Assert.Contains(Json(lines[0]).GetProperty("findings").EnumerateArray(), f => f.GetProperty("phrase").GetString() == "on purpose");
        Assert.Equal(0, Json(lines[1]).GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Observation_WithTextAndJson_FlagsInterpretationWithTheRuleAndSpan()
    {
        var result = await CliRun.RunAsync(["analyze", "observation", "My boss targeted me again on purpose.", "--format", "json"]);

        var json = Json(Assert.Single(result.OutLines));
        var finding = json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("phrase").GetString() == "on purpose");
        Assert.Equal(LibraryJson.Name(InsightRuleKind.MindReading, EmpathyJsonContext.Default.InsightRuleKind), finding.GetProperty("kind").GetString());
        Assert.Equal("My boss targeted me again on purpose.".IndexOf("on purpose", StringComparison.Ordinal), finding.GetProperty("start").GetInt32());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("rule").GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("tryInstead").GetString()));
        Assert.Contains("camera", json.GetProperty("rewriteHint").GetString());
    }

    [Fact]
    public async Task Observation_AsText_ExplainsTheFindingsAndTheCameraTest()
    {
        var result = await CliRun.RunAsync(["analyze", "observation", "My boss targeted me again on purpose."]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Interpretation where an observation belongs", result.Out);
        Assert.Contains("\"on purpose\"", result.Out);
        Assert.Contains("What would a camera have recorded?", result.Flat);
    }

    [Fact]
    public async Task Message_Accusing_HasFindingsAndASuggestion()
    {
        var result = await CliRun.RunAsync(["analyze", "message", "Why are you always so cold!", "--format", "json"]);

        var json = Json(Assert.Single(result.OutLines));
        Assert.True(json.GetProperty("isAccusation").GetBoolean());
        Assert.NotEqual(0, json.GetProperty("findings").GetArrayLength());
        Assert.StartsWith("When", json.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Message_Stating_IsNoAccusationAndKeepsTheSuggestionKey()
    {
        var result = await CliRun.RunAsync(["analyze", "message", "When you don't answer, I feel uneasy.", "--format", "json"]);

        var json = Json(Assert.Single(result.OutLines));
        Assert.False(json.GetProperty("isAccusation").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Reply_FromStandardInput_TellsDismissiveFromPresentAndNamesComponents()
    {
        var result = await CliRun.RunAsync(["analyze", "reply"], stdin: "At least you still have your job. Be strong.\nThat sounds painful. I'm with you.\n");

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json).ToList();
        Assert.Equal(2, lines.Count);
        Assert.True(lines[0].GetProperty("isDismissive").GetBoolean());
        Assert.Contains(lines[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "Platitude");
        Assert.False(lines[1].GetProperty("isDismissive").GetBoolean());
        Assert.False(lines[1].GetProperty("explores").GetBoolean());
        Assert.Equal([LibraryJson.Name(EmpathyComponent.Affective, EmpathyJsonContext.Default.EmpathyComponent), LibraryJson.Name(EmpathyComponent.Concern, EmpathyJsonContext.Default.EmpathyComponent)], lines[1].GetProperty("components").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Reply_AskingAboutThem_ReportsTheExploringMove()
    {
        var result = await CliRun.RunAsync(["analyze", "reply", "I'm so sorry. How are you holding up?", "--format", "json"]);

        var json = Json(Assert.Single(result.OutLines));
        Assert.True(json.GetProperty("explores").GetBoolean());
        Assert.False(json.GetProperty("isDismissive").GetBoolean());
    }

    [Fact]
    public async Task Reply_AsText_ShowsTheEmpathyItShows()
    {
        var result = await CliRun.RunAsync(["analyze", "reply", "That sounds painful. I'm with you."]);

        Assert.Contains("No dismissive move found.", result.Out);
        Assert.Contains("Empathy shown: affective, concern", result.Out);
        Assert.Contains("\"That sounds painful\" (affective, rule reply.affective)", result.Out);
        Assert.Contains("\"I'm with you\" (concern, rule reply.concern)", result.Out);
    }

    [Fact]
    public async Task Reply_AsText_ListsAnExploringQuestionAsItsOwnItem()
    {
        var result = await CliRun.RunAsync(["analyze", "reply", "I can see why you'd be furious. What happened then?"]);

        Assert.Contains("Empathy shown: cognitive, concern", result.Out);
        Assert.Contains("\"I can see why\" (cognitive, rule reply.cognitive)", result.Out);
        Assert.Contains("\"What happened\" (concern, exploring, rule reply.exploring)", result.Out);
    }

    [Fact]
    public async Task Reply_AsJson_ListsEachPieceOfEvidenceWithItsRuleAndSpan()
    {
        const string reply = "I can see why you'd be furious. What happened then?";
        var result = await CliRun.RunAsync(["analyze", "reply", reply, "--format", "json"]);

        var evidence = Json(Assert.Single(result.OutLines)).GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(2, evidence.Count);
        Assert.Equal(LibraryJson.Name(EmpathyComponent.Cognitive, EmpathyJsonContext.Default.EmpathyComponent), evidence[0].GetProperty("component").GetString());
        Assert.False(evidence[0].GetProperty("exploring").GetBoolean());
        Assert.Equal("reply.cognitive", evidence[0].GetProperty("rule").GetString());
        Assert.Equal("I can see why", Words(evidence[0]));
        Assert.Equal("i can see why", evidence[0].GetProperty("phrase").GetString());
        Assert.True(evidence[1].GetProperty("exploring").GetBoolean());
        Assert.Equal("reply.exploring", evidence[1].GetProperty("rule").GetString());
        Assert.Equal("What happened", Words(evidence[1]));

        string Words(JsonElement item) => reply.Substring(item.GetProperty("start").GetInt32(), item.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task CrisisWords_RaiseTheFlagInJsonAndANoteInText()
    {
        var json = await CliRun.RunAsync(["analyze", "observation", "I want to kill myself", "--format", "json"]);
        var text = await CliRun.RunAsync(["analyze", "observation", "I want to kill myself"]);

        Assert.True(Json(json.Out).GetProperty("crisis").GetBoolean());
        Assert.Contains("please reach out now", text.Flat);
    }

    [Fact]
    public async Task CrisisMention_ShowsItsPhraseSentenceAndScope_EvenWhenTheFlagIsNotRaised()
    {
        const string text = "The bus was late. My brother wants to die.";
        var json = await CliRun.RunAsync(["analyze", "observation", text, "--format", "json"]);
        var shown = await CliRun.RunAsync(["analyze", "message", text]);

        var line = Json(json.Out);
        Assert.False(line.GetProperty("crisis").GetBoolean());
        var mention = Assert.Single(line.GetProperty("crisisMentions").EnumerateArray().ToList());
        Assert.Equal("wants to die", mention.GetProperty("phrase").GetString());
        Assert.Equal(text.IndexOf("wants", StringComparison.Ordinal), mention.GetProperty("start").GetInt32());
        Assert.Equal("My brother wants to die", mention.GetProperty("sentence").GetString());
        Assert.Equal("Another", mention.GetProperty("person").GetString());
        Assert.False(mention.GetProperty("negated").GetBoolean());
        Assert.Equal("Current", mention.GetProperty("time").GetString());
        Assert.Equal("brother", mention.GetProperty("scopeWords").GetString());
        Assert.False(mention.GetProperty("raisesFlag").GetBoolean());
        Assert.Contains("crisis words \"wants to die\" (about someone else, now; because of: brother, flag not raised)", shown.Flat);
    }

    [Fact]
    public async Task Text_SaysKindsAndScopesInWords_NotEnumNames()
    {
        var message = await CliRun.RunAsync(["analyze", "message", "Why are you always so cold"]);
        var past = await CliRun.RunAsync(["analyze", "observation", "Years ago I never wanted to die."]);

        Assert.Contains("\"Why are you always\" (rhetorical question, rule message.rhetorical-question)", message.Flat);
        Assert.DoesNotContain("RhetoricalQuestion", message.Out);
        Assert.Contains("(about the writer, negated, in the past; because of:", past.Flat);
        Assert.DoesNotContain("Self", past.Out);
    }

    [Fact]
    public async Task EverydayIdiom_DoesNotRaiseTheCrisisFlag()
    {
        var result = await CliRun.RunAsync(["analyze", "observation", "This deadline is killing me.", "--format", "json"]);

        Assert.False(Json(result.Out).GetProperty("crisis").GetBoolean());
    }

    [Fact]
    public async Task Menu_CheckAMessage_ExplainsIt()
    {
        var keys = TestTerminal.Console().Down((int)InteractiveMenu.Choice.CheckMessage).Enter()
            .Line("Why are you always so cold!")
            .Down((int)InteractiveMenu.Choice.Quit).Enter();

        var result = await CliRun.RunAsync([], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("This accuses", result.Out);
        Assert.Contains("Try an I-statement:", result.Out);
    }

    [Fact]
    public async Task Menu_CheckAReply_ExplainsIt()
    {
        var keys = TestTerminal.Console().Down((int)InteractiveMenu.Choice.CheckReply).Enter()
            .Line("Be strong, time heals everything.")
            .Down((int)InteractiveMenu.Choice.Quit).Enter();

        var result = await CliRun.RunAsync([], keys: keys);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("This reply makes a dismissive move", result.Out);
    }

    [Fact]
    public async Task Reply_InSpanish_ReadsTheSpanishWordLists()
    {
        const string Reply = "Lo siento mucho. ¿Cómo estás?";

        var spanish = Json(Assert.Single((await CliRun.RunAsync(["analyze", "reply", Reply, "--language", "es", "--format", "json"])).OutLines));
        var english = Json(Assert.Single((await CliRun.RunAsync(["analyze", "reply", Reply, "--format", "json"])).OutLines));

        Assert.Equal(["Affective", "Concern"], spanish.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.True(spanish.GetProperty("explores").GetBoolean());
        Assert.Equal(0, english.GetProperty("components").GetArrayLength()); // English is the default, and knows none of these words
    }

    [Fact]
    public async Task Observation_InSpanish_FromStandardInput_FlagsAndRaisesTheCrisisSignal()
    {
        var result = await CliRun.RunAsync(["analyze", "observation", "--language", "es"], stdin: "Siempre llega tarde.\nLlegó a las nueve.\nQuiero morir.\n");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json).ToList();
        Assert.Equal([false, true, true], lines.Select(l => l.GetProperty("isObjective").GetBoolean()));
        Assert.Equal([false, false, true], lines.Select(l => l.GetProperty("crisis").GetBoolean()));
    }

    [Fact]
    public async Task Message_InSpanish_IsAnAccusation()
    {
        var json = Json(Assert.Single((await CliRun.RunAsync(["analyze", "message", "Eres un egoísta.", "--language", "es", "--format", "json"])).OutLines));

        Assert.True(json.GetProperty("isAccusation").GetBoolean());
    }

    [Fact]
    public async Task Analyze_WithALanguageWithoutWordLists_IsRefusedAsBadUsage()
    {
        var result = await CliRun.RunAsync(["analyze", "reply", "hola", "--language", "fr"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("--language must be one of en, es; it was 'fr'.", result.Error);
    }

    [Fact]
    public async Task Analyze_TakesItsLanguageFromTheEnvironment_AndTheOptionWins()
    {
        var spanish = new Dictionary<string, string> { [CliEnvironment.LanguageVariable] = "es" };

        var fromEnvironment = Json(Assert.Single((await CliRun.RunAsync(["analyze", "reply", "Lo siento mucho.", "--format", "json"], spanish)).OutLines));
        var fromOption = Json(Assert.Single((await CliRun.RunAsync(["analyze", "reply", "Lo siento mucho.", "--language", "en", "--format", "json"], spanish)).OutLines));

        Assert.Equal(["Affective"], fromEnvironment.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, fromOption.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public async Task Analyze_WithAnEnvironmentLanguageWithoutWordLists_IsRefusedAsBadUsage()
    {
        var result = await CliRun.RunAsync(["analyze", "reply", "hola"], new Dictionary<string, string> { [CliEnvironment.LanguageVariable] = "fr" });

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("EMPATHY_LANGUAGE is 'fr'", result.Error);
    }
}
