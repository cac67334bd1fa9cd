using Spectre.Console.Testing;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Hosting;

public sealed class PassphraseSourceTests
{
    private static readonly CliEnvironment NoVariables = CliEnvironment.FromValues(new Dictionary<string, string>(), "/home/u");

    private static Terminal Prompting(TestConsole keys, StringWriter output) =>
        Terminal.Plain(output, TextWriter.Null, ui: keys);

    [Fact]
    public void Obtain_WithVariableSet_UsesItWithoutPrompting()
    {
        var environment = CliEnvironment.FromValues(new Dictionary<string, string> { ["EMPATHY_PASSPHRASE"] = "from env" }, null);

        var passphrase = PassphraseSource.Obtain(Terminal.Plain(TextWriter.Null, TextWriter.Null), environment, creating: true);

        Assert.Equal("from env", passphrase);
    }

    [Fact]
    public void Obtain_WithoutVariableOrTerminal_IsAKeyErrorNamingTheVariable()
    {
        var error = Assert.Throws<CliException>(() => PassphraseSource.Obtain(Terminal.Plain(TextWriter.Null, TextWriter.Null), NoVariables, creating: false));

        Assert.Equal(ExitCodes.StorageOrKey, error.ExitCode);
        Assert.Contains("EMPATHY_PASSPHRASE", error.Message);
    }

    [Fact]
    public void Obtain_WhenCreating_AsksTwiceAndHidesTheInput()
    {
        var keys = TestTerminal.Console().Line("open sesame").Line("open sesame");
        var output = new StringWriter();

        var passphrase = PassphraseSource.Obtain(Prompting(keys, output), NoVariables, creating: true);

        Assert.Equal("open sesame", passphrase);
        Assert.True(keys.AllKeysRead());
        Assert.DoesNotContain("open sesame", keys.Output);
    }

    [Fact]
    public void Obtain_WhenCreatingWithDifferentConfirmation_IsBadInput()
    {
        var keys = TestTerminal.Console().Line("open sesame").Line("open sesame!");

        var error = Assert.Throws<CliException>(() => PassphraseSource.Obtain(Prompting(keys, new StringWriter()), NoVariables, creating: true));

        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
        Assert.Contains("differ", error.Message);
    }

    [Fact]
    public void Obtain_WhenOpening_AsksOnce()
    {
        var keys = TestTerminal.Console().Line("open sesame");

        var passphrase = PassphraseSource.Obtain(Prompting(keys, new StringWriter()), NoVariables, creating: false);

        Assert.Equal("open sesame", passphrase);
        Assert.True(keys.AllKeysRead());
    }
}
