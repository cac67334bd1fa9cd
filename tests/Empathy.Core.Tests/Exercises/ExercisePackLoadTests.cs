using System.Text;
using Empathy.Core.Components;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Tests.Exercises.Packs;

namespace Empathy.Core.Tests.Exercises;

public class ExercisePackLoadTests
{
    private static string PackFile(string folder, string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, name));

    private static IEnumerable<ExercisePackFile> Files(string folder) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.json")
            .Select(path => new ExercisePackFile(Path.GetFileName(path), File.ReadAllText(path)));

    private const string Minimal = """
        {
          "pack": "tiny",
          "title": "Tiny",
          "exercises": [
            { "id": "one", "title": "One", "summary": "The only one.", "components": ["concern"],
              "steps": [ { "id": "say", "kind": "text", "prompt": "Say it." } ] }
          ]
        }
        """;

    [Fact]
    public void Load_ValidPack_ReturnsItsDefinitions()
    {
        var result = ExercisePack.Load(Minimal, "tiny.exercises.json");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        var exercise = Assert.Single(result.Pack!.Exercises);
        Assert.Equal("one", exercise.Id);
        Assert.Equal("tiny", exercise.PackName);
        Assert.Equal([EmpathyComponent.Concern], exercise.Components);
        Assert.IsType<TextStep>(Assert.Single(exercise.Steps));
    }

    [Fact]
    public void Load_BrokenPack_ListsEveryProblemWithItsIdLineAndColumn()
    {
        const string json = """
            {
              "pack": "tiny",
              "title": "Tiny",
              "exercises": [
                { "id": "one", "title": "One", "summary": "x", "components": ["kindness"], "minutes": "five",
                  "steps": [ { "id": "say", "kind": "shout", "prompt": "Say it." } ] }
              ]
            }
            """;

        var result = ExercisePack.Load(json, "tiny.exercises.json");

        Assert.False(result.Succeeded);
        Assert.Null(result.Pack);
        Assert.Equal(
            ["EMP0005 5:67", "EMP0003 5:91", "EMP0004 6:41"],
            result.Problems.Select(p => $"{p.Id} {p.Line}:{p.Column}"));
        Assert.All(result.Problems, p => Assert.Equal("tiny.exercises.json", p.Path));
    }

    [Fact]
    public void Load_WithOnlyAWarning_SucceedsAndKeepsTheWarning()
    {
        var result = ExercisePack.Load(Minimal.Replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\", \"author\": \"me\","));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(("EMP0012", ExercisePackProblemSeverity.Warning), (warning.Id, warning.Severity));
    }

    [Fact]
    public void Load_VersionWithASpace_IsRefusedWithEmp0014AtTheVersionValue()
    {
        // The version goes into FHIR canonicals ('url|version'), which cannot hold white space.
        var result = ExercisePack.Load(Minimal.Replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\",\n  \"version\": \"1.0 beta\","));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("EMP0014", 4, 14), (problem.Id, problem.Line, problem.Column));
        Assert.Equal(
            "'version' of the pack must be a version such as 1.0.0 or 2.1.0-beta.1: ASCII letters and digits, '.', '-', '_' and '+', starting with a letter or digit, at most 64 characters; it holds a space at character 4",
            problem.Message);
    }

    [Theory]
    [InlineData("1.0 beta")]
    [InlineData(" 1.0")]
    [InlineData("1.0|2")]
    [InlineData("")]
    public void Pack_WithAVersionThatIsNotAVersionToken_IsRefused(string version)
    {
        var pack = ExercisePack.Load(Minimal).EnsureSuccess();

        var error = Assert.Throws<ArgumentException>(() => pack with { Version = version });

        Assert.Equal("Version", error.ParamName);
        Assert.StartsWith("'Version' must be a version such as 1.0.0", error.Message);
    }

    [Fact]
    public void Pack_WithAVersionToken_KeepsIt()
    {
        var pack = ExercisePack.Load(Minimal).EnsureSuccess() with { Version = "2.1.0-beta.1+build.5" };

        Assert.Equal("2.1.0-beta.1+build.5", pack.Version);
    }

    [Fact]
    public void Load_FromStreamWithByteOrderMark_ReadsThePack()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Minimal)]);

        Assert.True(ExercisePack.Load(stream).Succeeded);
    }

    [Fact]
    public async Task LoadAsync_FromStream_ReadsThePack()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));

        var result = await ExercisePack.LoadAsync(stream, "tiny.exercises.json", CancellationToken.None);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Load_EmptyText_IsInvalidJsonAtTheStart()
    {
        var problem = Assert.Single(ExercisePack.Load("").Problems);

        Assert.Equal(("EMP0001", 1, 1), (problem.Id, problem.Line, problem.Column));
        Assert.Null(problem.Path);
    }

    [Fact]
    public void EnsureSuccess_OnFailure_ThrowsListingTheProblems()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ExercisePack.Load("{", "x.exercises.json").EnsureSuccess());

        Assert.Contains("x.exercises.json(1,2): error EMP0001", error.Message);
    }

    [Fact]
    public void LoadAll_GroupsVariantsWithTheirBase_AndTranslates()
    {
        var results = ExercisePack.LoadAll(Files("TestPacks"));

        var pack = Assert.Single(results).EnsureSuccess();
        Assert.Equal(["es"], pack.Cultures);
        Assert.Equal("Escucha primero", pack.Exercises[0].Title.Translations["es"]);
    }

    [Fact]
    public void LoadAll_VariantWithAnotherStructure_FailsWithEmp0013InTheVariant()
    {
        var files = Files("TestPacks").Select(f => f.Path.EndsWith(".es.json", StringComparison.Ordinal)
            ? f with { Json = f.Json.Replace("\"seconds\": 180", "\"seconds\": 120") }
            : f);

        var problem = Assert.Single(Assert.Single(ExercisePack.LoadAll(files)).Problems);

        Assert.Equal("EMP0013", problem.Id);
        Assert.Equal("kindness.exercises.es.json", problem.Path);
        Assert.Contains("breathe", problem.Message);
    }

    [Fact]
    public void LoadAll_VariantWithoutBase_FailsWithEmp0015()
    {
        var files = Files("TestPacks").Where(f => f.Path.EndsWith(".es.json", StringComparison.Ordinal));

        Assert.Equal("EMP0015", Assert.Single(Assert.Single(ExercisePack.LoadAll(files)).Problems).Id);
    }

    [Fact]
    public void LoadedPack_EqualsTheGeneratedPack()
    {
        var loaded = Assert.Single(ExercisePack.LoadAll(Files("TestPacks"))).EnsureSuccess();

        Assert.Equal(KindnessPack.Pack, loaded);
        Assert.Equal<ExerciseDefinition>(KindnessPack.ListenFirst, loaded.Exercises[0]);
    }

    [Fact]
    public void LoadedBuiltInPack_EqualsTheBuiltInGeneratedPack()
    {
        var loaded = Assert.Single(ExercisePack.LoadAll(Files("BuiltInPacks"))).EnsureSuccess();

        Assert.Equal(EmpathyPack.Pack, loaded);
        Assert.Equal("empathy", EmpathyPack.Pack.Name);
        Assert.NotEmpty(PackFile("BuiltInPacks", "empathy.exercises.json"));
    }
}
