using Spectre.Console.Testing;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Views;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>What one run of the command line produced.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Out">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output with every run of white space (line wraps included) made one space.</summary>
    public string Flat => System.Text.RegularExpressions.Regex.Replace(Out, @"\s+", " ");

    /// <summary>Standard output parsed as one JSON document, after checking that the command succeeded.</summary>
    public System.Text.Json.JsonElement Json()
    {
        Assert.True(ExitCode == ExitCodes.Success, Error);
        using var document = System.Text.Json.JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }

    /// <summary>The non-empty lines of standard output.</summary>
    public IReadOnlyList<string> OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs <c>empathy</c> in-process through System.CommandLine with redirected output.</summary>
internal static class CliRun
{
    /// <summary>Runs the command line with the given environment variables and standard input.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="variables">Environment variables visible to the command (nothing else is).</param>
    /// <param name="stdin">Standard input, as text.</param>
    /// <param name="stdinBytes">Standard input, as bytes (instead of <paramref name="stdin"/>).</param>
    /// <param name="home">The home folder, if any.</param>
    /// <param name="keys">A test console with the key presses pushed; when given, the terminal can prompt, and what it rendered comes before what the command wrote to standard output.</param>
    /// <param name="time">The app's clock (what "now" is), if not the system's.</param>
    public static async Task<CliResult> RunAsync(
        string[] args,
        IReadOnlyDictionary<string, string>? variables = null,
        string? stdin = null,
        string? home = null,
        TestConsole? keys = null,
        byte[]? stdinBytes = null,
        TimeProvider? time = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var terminal = Terminal.Plain(output, error, new MemoryStream(stdinBytes ?? System.Text.Encoding.UTF8.GetBytes(stdin ?? string.Empty)), keys);
        using var app = new EmpathyApp(terminal, CliEnvironment.FromValues(variables ?? new Dictionary<string, string>(), home), time);
        var exitCode = await EmpathyCli.RunAsync(args, app);
        return new CliResult(exitCode, Ansi.Strip((keys?.Output ?? string.Empty) + output), error.ToString());
    }
}
