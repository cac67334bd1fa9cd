using BenchmarkDotNet.Attributes;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// Does a check allocate anything when there is nothing to report? (It should not: the memory
/// diagnoser must show no allocation for the clean cases; only findings allocate.)
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class InsightAllocationBenchmarks
{
    private const string CleanEntry = "In the afternoon meeting the boss summarised the quarter and did not mention my part. I walked to the station and the train was twelve minutes late.";
    private const string InterpretingEntry = "My boss obviously ignored me on purpose again, he's so selfish.";
    private const string CleanMessage = "Could we talk tonight about the holiday plans? I'd like to hear what you think.";
    private const string PlainReply = "Oh no, I only just saw your message from this morning.";

    private readonly ObservationCheck _observation = new();
    private readonly MessageCheck _message = new();
    private readonly ReplyCheck _reply = new();
    private readonly CrisisDetector _crisis = new();

    [Benchmark(Baseline = true)]
    public bool ObservationCheck_Clean() => _observation.Check(CleanEntry).IsObjective;

    [Benchmark]
    public bool ObservationCheck_WithFindings() => _observation.Check(InterpretingEntry).IsObjective;

    [Benchmark]
    public bool MessageCheck_Clean() => _message.Check(CleanMessage).IsAccusation;

    [Benchmark]
    public bool ReplyCheck_NothingRecognised() => _reply.Check(PlainReply).IsDismissive;

    [Benchmark]
    public bool CrisisDetector_Clean() => _crisis.Detect(CleanEntry) is null;
}
