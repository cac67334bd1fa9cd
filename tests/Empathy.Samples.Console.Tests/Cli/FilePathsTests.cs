using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

/// <summary>Files named on the command line: an empty name, a folder or a missing folder is said plainly, before anything is read or written.</summary>
public sealed class FilePathsTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    // {file} stands for the path under test.
    public static TheoryData<string> Writers() => ["journal|export|{file}", "export|--format|all|--out|{file}", "export|--format|fhir|--out|{file}"];

    public static TheoryData<string> Readers() => ["journal|import|{file}", "import|--format|all|{file}", "import|--format|healthkit|{file}"];

    private Task<CliResult> RunAsync(string command, string file) =>
        _journal.RunAsync([.. command.Split('|').Select(a => a == "{file}" ? file : a)]);

    [Theory]
    [MemberData(nameof(Writers))]
    [MemberData(nameof(Readers))]
    public async Task AnEmptyFileName_IsAUsageErrorNamingIt_NotATypeName(string command)
    {
        var result = await RunAsync(command, "");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(command.Contains("--out", StringComparison.Ordinal) ? "--out must name a file; it was empty." : "<file> must name a file; it was empty.", result.Error);
        Assert.DoesNotContain("System.", result.Error);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task WritingToAFolder_SaysItIsAFolder(string command)
    {
        var result = await RunAsync(command, _journal.DataDir);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{_journal.DataDir} is a folder; give the name of a file to write", result.Error);
        Assert.DoesNotContain("Access to the path", result.Error);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task WritingIntoAFolderThatDoesNotExist_NamesTheFolder(string command)
    {
        var result = await RunAsync(command, _journal.File(Path.Combine("no-such-folder", "out.json")));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"The folder {_journal.File("no-such-folder")} does not exist", result.Error);
        Assert.DoesNotContain("Could not find a part of the path", result.Error);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task ReadingAFolder_SaysItIsAFolder(string command)
    {
        var result = await RunAsync(command, _journal.DataDir);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{_journal.DataDir} is a folder; give the file to import.", result.Error);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task ReadingAFileThatIsNotThere_SaysSoInOurWords(string command)
    {
        var missing = _journal.File("missing.json");

        var result = await RunAsync(command, missing);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"empathy: There is no file {missing}.\n", result.Error);
    }
}
