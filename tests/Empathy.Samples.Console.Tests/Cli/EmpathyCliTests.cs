using System.CommandLine;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class EmpathyCliTests
{
    public static TheoryData<string> EveryCommandPath() => [.. CommandPaths()];

    private static List<string> CommandPaths()
    {
        using var app = new EmpathyApp(Terminal.Plain(TextWriter.Null, TextWriter.Null), CliEnvironment.FromValues(new Dictionary<string, string>(), null));
        var paths = new List<string>();
        void Walk(Command command, string path)
        {
            paths.Add(path);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}");
            }
        }

        Walk(EmpathyCli.Build(app), string.Empty);
        return paths;
    }

    [Theory]
    [MemberData(nameof(EveryCommandPath))]
    public async Task Help_OnEveryCommand_ExitsZeroAndShowsUsage(string path)
    {
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        var result = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        // The usage line starts with the executable's name, which is the test host here.
        Assert.Contains($" {path} ".Replace("  ", " ", StringComparison.Ordinal), result.Out);
    }

    [Fact]
    public void CommandTree_HasEveryCommandOfTheContract()
    {
        var paths = CommandPaths().ToHashSet();

        string[] expected =
        [
            "profile", "exercises list", "exercises run",
            "journal add", "journal list", "journal show", "journal delete", "journal export", "journal import", "journal insights",
            "analyze observation", "analyze message", "analyze reply", "wall diagnose",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
    }

    [Fact]
    public async Task UnknownCommand_ExitsOneNamingIt()
    {
        var result = await CliRun.RunAsync(["jurnal", "list"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("'jurnal'", result.Error);
        Assert.Contains("Run 'empathy --help' for usage.", result.Error);
    }

    [Fact]
    public async Task CommandGroupAlone_ExitsOneAskingForASubcommand()
    {
        var result = await CliRun.RunAsync(["journal"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Run 'empathy journal --help' for usage.", result.Error);
    }

    [Fact]
    public async Task NoArguments_WithoutATerminal_ExitsOneAndPointsToHelp()
    {
        var result = await CliRun.RunAsync([]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("interactive menu needs a terminal", result.Error);
        Assert.Contains("empathy --help", result.Error);
    }

    [Fact]
    public async Task DataDirOption_IsAcceptedBeforeAndAfterTheCommand()
    {
        var before = await CliRun.RunAsync(["--data-dir", "/tmp/x", "profile", "50", "50", "50"]);
        var after = await CliRun.RunAsync(["profile", "50", "50", "50", "--data-dir", "/tmp/x"]);

        Assert.Equal(ExitCodes.Success, before.ExitCode);
        Assert.Equal(ExitCodes.Success, after.ExitCode);
    }

    [Fact]
    public async Task MissingArguments_AreNamedOnceEach()
    {
        var result = await CliRun.RunAsync(["profile", "50"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("empathy: missing arguments <affective>, <concern>.\nRun 'empathy profile --help' for usage.\n", result.Error);
    }

    [Theory]
    [InlineData(new[] { "jurnal", "list" }, "'journal'")]
    [InlineData(new[] { "journal", "lst" }, "'list'")]
    [InlineData(new[] { "profile", "1", "2", "3", "--formt", "json" }, "'--format'")]
    public async Task Typo_GetsTheParsersSuggestion(string[] args, string suggestion)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Did you mean", result.Error);
        Assert.Contains(suggestion, result.Error);
    }

    [Theory]
    [InlineData("profile|500|1|1")]
    [InlineData("profile|50|50|50|--boundaries|-3")]
    [InlineData("journal|show|nope")]
    [InlineData("wall|diagnose|--signal|nope")]
    [InlineData("analyze|message|")]
    [InlineData("--data-dir||journal|list")]
    public async Task ErrorMessages_HaveNoRuntimePhrasing(string args)
    {
        var result = await CliRun.RunAsync(args.Split('|'));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.DoesNotContain("(Parameter '", result.Error);
        Assert.DoesNotContain("Actual value was", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.DoesNotContain("Empathy.", result.Error);
    }

    [Theory]
    [InlineData("profile|1|2|3|--format|xml", "empathy: --format must be text or json; it was 'xml'.")]
    [InlineData("profile|1|2|3|--signal|nope", "empathy: --signal must be one of drained-after-others-emotions, early-feelings-unanswered, emotions-rarely-named, expression-without-action, expression-without-feeling, feels-strongly-when-safe, harsh-emotional-history; it was 'nope'.")]
    [InlineData("wall|diagnose|--signal|Guarded", "empathy: --signal must be one of asks-for-facts-over-feelings, counter-attacks, goes-quiet-when-criticised, guarded, hurt-before, justifies-at-length, offers-solutions, opens-up-when-safe, puzzled-by-feeling-talk, rarely-names-emotions, responds-to-clear-rules, unmoved-by-emotional-appeals; it was 'Guarded'.")]
    [InlineData("analyze|message|hi|--language|fr", "empathy: --language must be one of en, es; it was 'fr'.")]
    [InlineData("relationship|log|Sam|--kind|letter|--proximity|5", "empathy: --kind must be one of call, in-person, message, other, video-call; it was 'letter'.")]
    [InlineData("boundary|zone|Sam|nowhere", "empathy: zone must be one of doorstep, inside, outside, none; it was 'nowhere'.")]
    [InlineData("export|--format|csv", "empathy: --format must be one of all, fhir, healthkit; it was 'csv'.")]
    public async Task AValueNotAmongTheChoices_IsOneLineNamingTheOptionAndItsChoices(string args, string line)
    {
        var result = await CliRun.RunAsync(args.Split('|'));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([line, $"Run 'empathy {string.Join(' ', args.Split('|').TakeWhile(a => a is not ("Sam" or "hi" or "1") && !a.StartsWith('-')))} --help' for usage."], lines);
        Assert.DoesNotContain("Empathy.", result.Error);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("JSON")]
    public async Task Format_TakesJsonInAnyCase(string format)
    {
        var result = await CliRun.RunAsync(["profile", "90", "10", "10", "--format", format]);

        Assert.Equal("HuntingGround", result.Json().GetProperty("profile").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task EmptyDataDir_IsAnErrorNotTheHomeFolder(string dataDir)
    {
        using var home = new TempDirectory();

        var result = await CliRun.RunAsync(["journal", "add", "--happened", "It rained.", "--data-dir", dataDir], new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "pass" }, home: home.Path);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--data-dir must name a folder", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(home.Path));
    }
}
