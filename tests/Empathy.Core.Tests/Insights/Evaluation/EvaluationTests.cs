using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Xunit.Abstractions;

namespace Empathy.Core.Tests.Insights.Evaluation;

/// <summary>
/// Measures each check against the labelled evaluation set and fails below precision 0.85 or
/// recall 0.80. The figures and every misclassified line are printed (run with
/// <c>--logger "console;verbosity=detailed"</c> to see them when the test passes).
/// </summary>
public class EvaluationTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.85;
    private const double MinimumRecall = 0.80;

    private static readonly ObservationCheck Observation = new();
    private static readonly MessageCheck Message = new();
    private static readonly ReplyCheck Reply = new();
    private static readonly CrisisDetector Crisis = new();

    [Fact]
    public void ObservationCheck_MeetsPrecisionAndRecall() =>
        Evaluate("observation", text => !Observation.Check(text).IsObjective);

    [Fact]
    public void MessageCheck_MeetsPrecisionAndRecall() =>
        Evaluate("message", text => Message.Check(text).IsAccusation);

    [Fact]
    public void ReplyCheck_MeetsPrecisionAndRecall() =>
        Evaluate("reply", text => Reply.Check(text).IsDismissive);

    [Fact]
    public void CrisisSignal_MeetsPrecisionAndRecall() =>
        Evaluate("crisis", text => Crisis.Detect(text) is not null);

    private void Evaluate(string check, Func<string, bool> predict)
    {
        var samples = EvaluationSet.Load(check);
        Assert.NotEmpty(samples);

        var score = new EvaluationScore(check, samples, predict);
        var report = score.Report();
        output.WriteLine(report);

        Assert.True(
            score.Precision >= MinimumPrecision && score.Recall >= MinimumRecall,
            $"Below the bar (precision {MinimumPrecision}, recall {MinimumRecall}).\n{report}");
    }
}
