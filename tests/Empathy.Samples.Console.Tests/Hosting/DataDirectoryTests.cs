using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Tests.Hosting;

public sealed class DataDirectoryTests
{
    private static CliEnvironment Environment(string? xdg, string? home) =>
        CliEnvironment.FromValues(xdg is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["XDG_DATA_HOME"] = xdg }, home);

    [Fact]
    public void Resolve_WithOption_UsesTheOptionAsAFullPath()
    {
        var resolved = DataDirectory.Resolve("/srv/journal", Environment("/xdg", "/home/u"));

        Assert.Equal("/srv/journal", resolved);
    }

    [Fact]
    public void Resolve_WithRelativeOption_MakesItAbsolute()
    {
        var resolved = DataDirectory.Resolve("journal", Environment(null, "/home/u"));

        Assert.Equal(Path.Combine(System.Environment.CurrentDirectory, "journal"), resolved);
    }

    [Fact]
    public void Resolve_WithoutOption_UsesXdgDataHome()
    {
        var resolved = DataDirectory.Resolve(null, Environment("/xdg/data", "/home/u"));

        Assert.Equal("/xdg/data/empathy", resolved);
    }

    [Fact]
    public void Resolve_WithRelativeXdgDataHome_IgnoresItAsTheSpecSays()
    {
        var resolved = DataDirectory.Resolve(null, Environment("relative/data", "/home/u"));

        Assert.Equal("/home/u/.local/share/empathy", resolved);
    }

    [Fact]
    public void Resolve_WithoutOptionOrXdg_UsesTheHomeFolder()
    {
        var resolved = DataDirectory.Resolve(null, Environment(null, "/home/u"));

        Assert.Equal("/home/u/.local/share/empathy", resolved);
    }

    [Fact]
    public void Resolve_WithNothingToGoOn_IsAStorageError()
    {
        var error = Assert.Throws<CliException>(() => DataDirectory.Resolve(null, Environment(null, null)));

        Assert.Equal(ExitCodes.StorageOrKey, error.ExitCode);
        Assert.Contains("--data-dir", error.Message);
    }
}
