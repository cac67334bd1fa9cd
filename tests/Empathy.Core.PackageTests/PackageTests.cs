using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Empathy.Tests.Shared;

namespace Empathy.Core.PackageTests;

/// <summary>
/// Packs Empathy.Core and Empathy.Storage.Sqlite into artifacts/packages and builds consumers from the
/// packages alone, each in a temporary folder outside the solution, restoring into its own package
/// folder so that no stale cached copy of a package can be used: Consumer/ (its own packs),
/// GettingStarted/ (docs/getting-started.md, step by step) and Transitive/ (Empathy.Core only through
/// a library project of its own).
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
        using var consumer = Consumer.Create(_package, "Consumer");

        var run = consumer.BuildAndRun();
        Assert.Contains("pack=gratitude exercises=1 cultures=es", run);
        Assert.Contains("title=Tres cosas buenas", run);
        Assert.Contains("scale=0..10", run);
        Assert.Contains("problem=OutOfRange:energy", run);
        Assert.Contains("catalog packs=3 builtin=True", run);
    }

    [Fact]
    public void Consumer_WithABrokenPack_FailsWithTheDiagnosticInTheJsonFile_UnlessTheGlobLeavesItOut()
    {
        using var consumer = Consumer.Create(_package, "Consumer");
        File.WriteAllText(Path.Combine(consumer.Directory, "Packs", "broken.exercises.json"), "{\n  \"pack\": \"broken\"\n}\n");

        var broken = consumer.Dotnet("build", "-c", "Release");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("broken.exercises.json(1,1): error EMP0002", broken.Output);

        var narrowed = consumer.Dotnet("build", "-c", "Release", "-p:EmpathyExercisePacksGlob=Packs/gratitude.exercises*.json");
        Assert.True(narrowed.ExitCode == 0, narrowed.Output);
    }

    [Theory]
    [InlineData("Empathy.Core")]
    [InlineData("Empathy.Storage.Sqlite")]
    public void Package_HasLicenseIconReadmeAndRepository_AndASymbolPackage(string id)
    {
        using var archive = ZipFile.OpenRead(_package.PathOf(id));
        var nuspec = XDocument.Load(archive.GetEntry($"{id}.nuspec")!.Open()).Root!;
        string? Field(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");

        Assert.Equal("MIT", Field("license"));
        Assert.Equal("icon.png", Field("icon"));
        Assert.Equal("README.md", Field("readme"));
        Assert.Equal("https://github.com/empathy-core/Empathy.Core", Field("projectUrl"));
        Assert.Equal("https://github.com/empathy-core/Empathy.Core", repository.Attribute("url")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        Assert.NotNull(archive.GetEntry("icon.png"));
        Assert.True(File.Exists(_package.PathOf(id, "snupkg")), $"{id}.{_package.Version}.snupkg is missing");
        using var symbols = ZipFile.OpenRead(_package.PathOf(id, "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == $"lib/net10.0/{id}.pdb");
    }

    [Theory]
    [InlineData("Empathy.Core")]
    [InlineData("Empathy.Storage.Sqlite")]
    public void PackageReadme_LinksOnlyToAbsoluteAddresses_AndNamesThisVersion(string id)
    {
        using var archive = ZipFile.OpenRead(_package.PathOf(id));
        using var reader = new StreamReader(archive.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();

        Assert.DoesNotContain("{{", readme);
        Assert.Contains($"dotnet add package {id} --version {_package.Version}", readme);
        var links = Regex.Matches(readme, @"\]\((?<target>[^)]+)\)").Select(m => m.Groups["target"].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://github.com/empathy-core/Empathy.Core", link));
    }

    [Fact]
    public void GettingStarted_BuildsFromThePackages_AndEveryStepPrintsWhatTheDocSays()
    {
        using var consumer = Consumer.Create(_package, "GettingStarted");

        var run = consumer.BuildAndRun();
        var lines = run.ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("Hunting ground, confidence 0.80. Cognitive empathy is 85, at or above the threshold 70.", lines[0]);
        Assert.Equal(
            ["energy: OutOfRange", "0", "Evening check-in", "My part was not mentioned in the meeting.", "False", "observation.mind-reading at 8..17"],
            lines[1..7]);
        Assert.Contains(lines, l => l.StartsWith("What would a camera have recorded?", StringComparison.Ordinal));
        Assert.Contains("entry-redacted=[redacted]", lines);
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "journal.db")));
    }

    [Fact]
    public void GettingStartedDoc_ShowsExactlyTheConsumersCode()
    {
        var root = RepositoryRoot();
        var doc = Path.Combine(root, "docs", "getting-started.md");
        var source = Path.Combine(ThisDirectory(), "GettingStarted");
        var regions = DocSnippets.Regions([Path.Combine(source, "Program.cs")]);
        var blocks = DocSnippets.CSharpBlocks(doc);

        AssertEveryBlockIsARegion(doc, blocks, regions);

        var shown = blocks.Select(b => DocSnippets.SplitUsings(b).Body).ToHashSet();
        Assert.All(regions, r => Assert.True(shown.Contains(r.Text), $"Region '{r.Name}' of GettingStarted/Program.cs is not shown in getting-started.md."));
        Assert.Contains(
            File.ReadAllText(Path.Combine(source, "Packs", "daily.exercises.json")).ReplaceLineEndings("\n").TrimEnd('\n'),
            DocSnippets.Blocks(doc, "json"));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Empathy.Core/PACKAGE.md")]
    [InlineData("src/Empathy.Storage.Sqlite/PACKAGE.md")]
    public void ReadmeExamples_CompileForAPackageConsumer_AsPrinted(string document)
    {
        // Each C# block is a region of the getting-started consumer, which builds from the packages alone
        // (GettingStarted_BuildsFromThePackages_...), usings included.
        var regions = DocSnippets.Regions([Path.Combine(ThisDirectory(), "GettingStarted", "Program.cs")]);
        var blocks = DocSnippets.CSharpBlocks(Path.Combine(RepositoryRoot(), document));

        AssertEveryBlockIsARegion(document, blocks, regions);
    }

    private static void AssertEveryBlockIsARegion(string document, IReadOnlyList<string> blocks, IReadOnlyList<DocSnippets.Region> regions)
    {
        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            var (directives, body) = DocSnippets.SplitUsings(block);
            var region = regions.FirstOrDefault(r => r.Text == body);
            Assert.True(region is not null, $"A C# block of {Path.GetFileName(document)} is not a region of GettingStarted/Program.cs:\n{body}");
            Assert.All(directives, d => Assert.Contains(d, region.FileUsings));
        }
    }

    [Fact]
    public void TransitiveConsumer_GetsTheGeneratorThroughItsOwnLibrary()
    {
        using var consumer = Consumer.Create(_package, "Transitive");

        var run = consumer.BuildAndRun(Path.Combine("App", "App.csproj"));

        Assert.DoesNotContain("PackageReference", File.ReadAllText(Path.Combine(consumer.Directory, "App", "App.csproj")));
        Assert.Contains("transitive pack=walk catalog=1 problem=RequiredMissing:noticed", run);
    }

    /// <summary>Packs both packages once for all tests of the class.</summary>
    public sealed class PackedPackage
    {
        public PackedPackage()
        {
            var root = RepositoryRoot();
            Folder = Path.Combine(root, "artifacts", "packages");
            Directory.CreateDirectory(Folder);
            // Earlier runs' test packages: each run has a version of its own, so they would pile up.
            foreach (var old in Directory.GetFiles(Folder, "*.0.0.0-packagetest.*"))
            {
                File.Delete(old);
            }

            // Build into a folder of its own: the package's version differs from the solution's build,
            // which must not be overwritten under the other test projects.
            var build = Path.Combine(Path.GetTempPath(), "empathy-pack-" + Guid.NewGuid().ToString("N"));
            try
            {
                foreach (var project in new[] { "Empathy.Core", "Empathy.Storage.Sqlite" })
                {
                    var pack = Process("dotnet", root, "pack", Path.Combine(root, "src", project, project + ".csproj"),
                        "-c", "Release", "-o", Folder, "-p:Version=" + Version, "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + build,
                        "-nodeReuse:false", "-p:UseSharedCompilation=false");
                    if (pack.ExitCode != 0 || pack.Output.Contains("warning", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new InvalidOperationException($"dotnet pack of {project} failed or warned:\n" + pack.Output);
                    }
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

            PackagePath = PathOf("Empathy.Core");
        }

        /// <summary>A version of this run's own, so that no other build's package can stand in for this one.</summary>
        public string Version { get; } = $"0.0.0-packagetest.{DateTime.UtcNow:yyyyMMddHHmmss}";

        public string Folder { get; }

        public string PackagePath { get; }

        public string PathOf(string id, string extension = "nupkg") => Path.Combine(Folder, $"{id}.{Version}.{extension}");
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

        public static Consumer Create(PackedPackage package, string folder)
        {
            var directory = Path.Combine(Path.GetTempPath(), "empathy-consumer-" + Guid.NewGuid().ToString("N"));
            CopyFolder(Path.Combine(AppContext.BaseDirectory, folder), directory);
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
                "-p:DependencyInjectionVersion=" + PinnedVersion("Microsoft.Extensions.DependencyInjection"),
                "-p:RestorePackagesPath=" + Path.Combine(Directory, ".packages"),
                "-nodeReuse:false", "-p:UseSharedCompilation=false"]);

        /// <summary>Builds <paramref name="project"/> (the folder's only project by default) and runs it; returns what it printed.</summary>
        public string BuildAndRun(string? project = null)
        {
            string[] buildTarget = project is null ? [] : [project];
            string[] runTarget = project is null ? [] : ["--project", project];
            var build = Dotnet(["build", .. buildTarget, "-c", "Release"]);
            Assert.True(build.ExitCode == 0, build.Output);

            var run = Dotnet(["run", .. runTarget, "--no-build", "-c", "Release"]);
            Assert.True(run.ExitCode == 0, run.Output);
            return run.Output;
        }

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

    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>A version pinned in Directory.Packages.props, for the consumers (they are outside central package management).</summary>
    private static string PinnedVersion(string id) =>
        Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot(), "Directory.Packages.props")), $@"Include=""{Regex.Escape(id)}"" Version=""(?<version>[^""]+)""").Groups["version"].Value;
}
