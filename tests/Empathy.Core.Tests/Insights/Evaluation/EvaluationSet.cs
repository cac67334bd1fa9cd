using System.Text.Json;

namespace Empathy.Core.Tests.Insights.Evaluation;

/// <summary>Reads a labelled file of the evaluation set from the test output folder.</summary>
internal static class EvaluationSet
{
    public static IReadOnlyList<EvaluationSample> Load(string check)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Insights", "Data", check + ".jsonl");
        Assert.True(File.Exists(path), $"The evaluation file {path} is missing; it is copied from tests/Empathy.Core.Tests/Insights/Data.");

        var samples = new List<EvaluationSample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var sample = JsonSerializer.Deserialize(line, EvaluationJsonContext.Default.EvaluationSample)
                ?? throw new InvalidDataException($"{check}.jsonl line {lineNumber} is null.");
            if (string.IsNullOrWhiteSpace(sample.Text) || string.IsNullOrWhiteSpace(sample.Category))
            {
                throw new InvalidDataException($"{check}.jsonl line {lineNumber} needs a text and a category.");
            }

            samples.Add(sample);
        }

        return samples;
    }
}
