using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Xunit.Abstractions;

namespace Empathy.Core.Tests.Insights.Evaluation;

/// <summary>
/// Measures the Spanish checks (<c>Language = "es"</c>) against the Spanish labelled set
/// (<c>Insights/Data/*.es.jsonl</c>, written without sight of the Spanish word lists). The figures and
/// every misclassified line are printed (run with <c>--logger "console;verbosity=detailed"</c> to see
/// them when the test passes).
/// </summary>
/// <remarks>
/// The house rule is precision 0.85 and recall 0.80 per check. The observation check meets it and is
/// held to it. The message and crisis checks did not when the set was written (issue 16: message
/// 0.850 / 0.680, crisis 0.786 / 0.500), so until their Spanish rules improve they are held to those
/// measured figures, as a floor against regressions; raise each to <see cref="HouseRule"/> once it is met.
/// </remarks>
public class SpanishEvaluationTests(ITestOutputHelper output)
{
    private static readonly Bar HouseRule = new(Precision: 0.85, Recall: 0.80);

    // Measured on 2026-12-01, below the house rule: a floor, not a goal (see the remarks).
    private static readonly Bar MessageFloor = new(Precision: 0.85, Recall: 0.68);
    private static readonly Bar CrisisFloor = new(Precision: 0.78, Recall: 0.50);

    private static readonly InsightOptions Spanish = new() { Language = "es" };

    [Fact]
    public void ObservationCheck_Spanish_MeetsHouseRule()
    {
        var check = new ObservationCheck(Spanish);
        Evaluate("observation.es", HouseRule, text => !check.Check(text).IsObjective);
    }

    [Fact]
    public void MessageCheck_Spanish_StaysAtOrAboveMeasuredFloor()
    {
        var check = new MessageCheck(Spanish);
        Evaluate("message.es", MessageFloor, text => check.Check(text).IsAccusation);
    }

    [Fact]
    public void CrisisSignal_Spanish_StaysAtOrAboveMeasuredFloor()
    {
        // The crisis flag as a host sees it on a journal line: the observation result's signal.
        var check = new ObservationCheck(Spanish);
        Evaluate("crisis.es", CrisisFloor, text => check.Check(text).HasCrisisSignal);
    }

    [Fact]
    public void ReplyCheck_Spanish_MeetsHouseRule()
    {
        var check = new ReplyCheck(Spanish);

        Evaluate("reply.es", HouseRule, text => check.Check(text).IsDismissive);
    }

    private void Evaluate(string file, Bar bar, Func<string, bool> predict)
    {
        var samples = EvaluationSet.Load(file);
        Assert.NotEmpty(samples);

        var score = new EvaluationScore(file, samples, predict);
        var report = score.Report();
        output.WriteLine(report);

        Assert.True(
            score.Precision >= bar.Precision && score.Recall >= bar.Recall,
            $"Below the bar (precision {bar.Precision}, recall {bar.Recall}).\n{report}");
    }

    /// <summary>The least precision and recall a check must reach on its file.</summary>
    private sealed record Bar(double Precision, double Recall);
}
