using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Empathy.Core.PackageTests;

/// <summary>
/// Packs Empathy.Core into artifacts/packages and builds a consumer from the package alone, in a
/// temporary folder outside the solution, restoring into its own package folder so that no stale
/// cached copy of the package can be used.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedPackage>
{
    private readonly PackedPackage _package;

    public PackageTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_CarriesTheGeneratorAndTheBuildProps_AndNoOtherAnalyzer()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/Empathy.Core.Generators.dll", entries);
        Assert.Contains("buildTransitive/Empathy.Core.props", entries);
        Assert.Contains("lib/net10.0/Empathy.Core.dll", entries);
        Assert.Single(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_CarriesThePackSchema_WhereEmp0001AndTheBuildPropsSayItIs()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var schema = archive.GetEntry("schema/exercise-pack.schema.json");
        using var props = new StreamReader(archive.GetEntry("buildTransitive/Empathy.Core.props")!.Open());

        Assert.NotNull(schema);
        using var reader = new StreamReader(schema.Open());
        Assert.Contains("\"$id\": \"https://", reader.ReadToEnd(), StringComparison.Ordinal);
        Assert.Contains("../schema/exercise-pack.schema.json", props.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_BuildsFromThePackageAlone_AndRunsItsGeneratedPack()
    {
        using var consumer = Consumer.Create(_package);

        var build = consumer.Dotnet("build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.Output);

        var run = consumer.Dotnet("run", "--no-build", "-c", "Release");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("pack=gratitude exercises=1 cultures=es", run.Output);
        Assert.Contains("title=Tres cosas buenas", run.Output);
        Assert.Contains("scale=0..10", run.Output);
        Assert.Contains("problem=OutOfRange:energy", run.Output);
        Assert.Contains("catalog packs=3 builtin=True", run.Output);
    }

    [Fact]
    public void Consumer_WithABrokenPack_FailsWithTheDiagnosticInTheJsonFile_UnlessTheGlobLeavesItOut()
    {
        using var consumer = Consumer.Create(_package);
        File.WriteAllText(Path.Combine(consumer.Directory, "Packs", "broken.exercises.json"), "{\n  \"pack\": \"broken\"\n}\n");

        var broken = consumer.Dotnet("build", "-c", "Release");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("broken.exercises.json(1,1): error EMP0002", broken.Output);

        var narrowed = consumer.Dotnet("build", "-c", "Release", "-p:EmpathyExercisePacksGlob=Packs/gratitude.exercises*.json");
        Assert.True(narrowed.ExitCode == 0, narrowed.Output);
    }

    /// <summary>Packs Empathy.Core once for all tests of the class.</summary>
    public sealed class PackedPackage
    {
        public PackedPackage()
        {
            var root = RepositoryRoot();
            Folder = Path.Combine(root, "artifacts", "packages");
            // Build into a folder of its own: the package's version differs from the solution's build,
            // which must not be overwritten under the other test projects.
            var build = Path.Combine(Path.GetTempPath(), "empathy-pack-" + Guid.NewGuid().ToString("N"));
            try
            {
                var pack = Process("dotnet", root, "pack", Path.Combine(root, "src", "Empathy.Core", "Empathy.Core.csproj"),
                    "-c", "Release", "-o", Folder, "-p:Version=" + Version, "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + build,
                    "-nodeReuse:false", "-p:UseSharedCompilation=false");
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
                }
            }
            finally
            {
                try
                {
                    Directory.Delete(build, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover temporary folder is harmless.
                }
            }

            PackagePath = System.IO.Path.Combine(Folder, $"Empathy.Core.{Version}.nupkg");
        }

        /// <summary>A version of its own, so that no other build's package can stand in for this one.</summary>
        public string Version { get; } = "0.0.0-packagetest";

        public string Folder { get; }

        public string PackagePath { get; }
    }

    private sealed class Consumer : IDisposable
    {
        private readonly PackedPackage _package;

        private Consumer(string directory, PackedPackage package)
        {
            Directory = directory;
            _package = package;
        }

        public string Directory { get; }

        public static Consumer Create(PackedPackage package)
        {
            var directory = Path.Combine(Path.GetTempPath(), "empathy-consumer-" + Guid.NewGuid().ToString("N"));
            CopyFolder(Path.Combine(AppContext.BaseDirectory, "Consumer"), directory);
            // Fence the consumer off from any MSBuild files in folders above it.
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="empathy-local" value="{package.Folder}" />
                  </packageSources>
                </configuration>
                """);
            return new Consumer(directory, package);
        }

        public (int ExitCode, string Output) Dotnet(params string[] arguments) =>
            Process("dotnet", Directory, [.. arguments,
                "-p:EmpathyCoreVersion=" + _package.Version,
                "-p:RestorePackagesPath=" + Path.Combine(Directory, ".packages"),
                "-nodeReuse:false", "-p:UseSharedCompilation=false"]);

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }

        private static void CopyFolder(string from, string to)
        {
            System.IO.Directory.CreateDirectory(to);
            foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static (int ExitCode, string Output) Process(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet run` of the consumer must not inherit the test host's settings.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + "\n(timed out after 5 minutes)");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "..", ".."));
}
