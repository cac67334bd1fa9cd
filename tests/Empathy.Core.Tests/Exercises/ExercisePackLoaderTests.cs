using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Empathy.Core.Tests.Exercises;

public class ExercisePackLoaderTests
{
    private const string GoodPack = """
        { "pack": "downloaded", "title": "Downloaded", "version": "2.1", "exercises": [ { "id": "one", "title": "One", "summary": "x",
          "components": ["concern"], "steps": [ { "id": "read", "kind": "info", "prompt": "Read." } ] } ] }
        """;

    [Fact]
    public void Load_WithAnError_LogsTheProblemWithItsIdFileAndPosition_AndThatThePackDidNotLoad()
    {
        var logger = new FakeLogger<ExercisePackLoader>();

        var result = new ExercisePackLoader(logger).Load("""{ "pack": "kindness", "title": 5 }""", "downloads/kindness.exercises.json");

        Assert.False(result.Succeeded);
        var problem = result.Problems.First(p => p.Severity == ExercisePackProblemSeverity.Error);
        var records = logger.Collector.GetSnapshot();
        var logged = Assert.Single(records, r => r.Id.Id == 1 && r.Message.Contains(problem.Id, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains($"'downloads/kindness.exercises.json' at {problem.Line}:{problem.Column}", logged.Message);
        Assert.Contains(records, r => r.Id.Id == 3 && r.Message.Contains("did not load", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_AGoodPack_LogsItAtDebugOnly()
    {
        var logger = new FakeLogger<ExercisePackLoader>();

        var pack = new ExercisePackLoader(logger).Load(GoodPack, "downloads/downloaded.exercises.json").EnsureSuccess();

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Equal("Loaded exercise pack downloaded 2.1 (1 exercises) from 'downloads/downloaded.exercises.json'", record.Message);
        Assert.Equal(ExercisePack.Load(GoodPack), new ExercisePackLoadResult { Pack = pack });
    }

    [Fact]
    public void LoadAll_LogsEachFilesProblems()
    {
        var logger = new FakeLogger<ExercisePackLoader>();

        var results = new ExercisePackLoader(logger).LoadAll([new ExercisePackFile("a.exercises.json", GoodPack), new ExercisePackFile("b.exercises.json", "{")]);

        Assert.Equal(2, results.Count);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Id.Id == 1 && r.Message.Contains("'b.exercises.json'", StringComparison.Ordinal));
    }

    [Fact]
    public void AddEmpathy_RegistersALoaderThatWritesToTheHostsLog_AndOneThatLogsNowhereWithoutLogging()
    {
        using var logged = new ServiceCollection().AddFakeLogging().AddEmpathy().BuildServiceProvider();
        using var silent = new ServiceCollection().AddEmpathy().BuildServiceProvider();

        logged.GetRequiredService<IExercisePackLoader>().Load("{", "broken.exercises.json");
        var result = silent.GetRequiredService<IExercisePackLoader>().Load("{", "broken.exercises.json");

        Assert.NotEmpty(logged.GetFakeLogCollector().GetSnapshot());
        Assert.False(result.Succeeded);
    }
}
