using System.Text.Json;
using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Reports;

namespace Empathy.Evaluation.Tests;

/// <summary>End to end through the library's real checks, on a few plain sentences of our own.</summary>
public class EvaluatorTests
{
    private static readonly Evaluator Evaluator = new(new CheckRunner());

    [Fact]
    public void Evaluate_RunsEachFilesCheck_ByItsNamePrefix_AndSkipsFilesOfNoCheck()
    {
        using var data = new TempFolder();
        data.Write("crisis_own.tsv", "crisis:direct\tI want to die.\nno-crisis:everyday\tI bought bread and milk.\n");
        data.Write("message_own.tsv", "accusation:blame\tThis is all your fault.\nstatement:logistics\tThe train leaves at six.\n");
        data.Write("notes_own.tsv", "x:y\tz\n");

        var report = Evaluator.Evaluate(data.Path, errorsPerKind: 0);

        Assert.Equal(["crisis_own.tsv", "message_own.tsv"], report.Files.Select(f => f.File));
        Assert.Equal(["notes_own.tsv"], report.SkippedFiles);
        Assert.All(report.Files, f => Assert.Equal(2, f.All.Counts.Total));
        Assert.Equal(1, report.Files[0].All.Counts.TruePositives);
        Assert.Equal(1, report.Files[0].All.Counts.TrueNegatives);
    }

    [Fact]
    public void CheckRunner_NamesTheRuleThatFired()
    {
        var prediction = new CheckRunner().Predict(CheckKind.Crisis, "I want to die.");

        Assert.True(prediction.Positive);
        Assert.Contains(prediction.Fired, f => f.StartsWith("crisis.", StringComparison.Ordinal) && f.Contains('"', StringComparison.Ordinal));
    }

    [Fact]
    public void CheckRunner_ReportsAReplysComponents()
    {
        var prediction = new CheckRunner().Predict(CheckKind.Reply, "That sounds exhausting. What was that like for you?");

        Assert.NotEmpty(prediction.Components);
        Assert.NotEmpty(prediction.Fired);
    }

    [Fact]
    public void Report_WritesAsTextAndAsJson()
    {
        using var data = new TempFolder();
        data.Write("observation_own.tsv", "evaluative:intent\tHe did it on purpose to annoy me.\nobjective:camera\tShe closed the door at nine.\n");
        var report = Evaluator.Evaluate(data.Path, errorsPerKind: 1);

        var text = new StringWriter();
        TextReportWriter.Write(report, text);
        Assert.Contains("== observation_own.tsv: analyze observation, positive class 'evaluative', 2 items", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("precision", text.ToString(), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, ReportJsonContext.Default.EvaluationReport));
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("observation", file.GetProperty("check").GetString());
        Assert.Equal(2, file.GetProperty("all").GetProperty("counts").GetProperty("total").GetInt32());
    }
}
