namespace Empathy.Samples.Console.Tests.Support;

/// <summary>Where the built <c>empathy</c> program is and how to start it with <c>dotnet</c>.</summary>
internal static class BuiltCli
{
    /// <summary>The built <c>empathy.dll</c>, copied beside the tests by the project reference.</summary>
    public static string Dll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "empathy.dll");
            Assert.True(File.Exists(path), $"The built program is missing: {path}");
            return path;
        }
    }

    /// <summary>The <c>dotnet</c> host running these tests, or <c>dotnet</c> from the PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? self
                : "dotnet";
}
