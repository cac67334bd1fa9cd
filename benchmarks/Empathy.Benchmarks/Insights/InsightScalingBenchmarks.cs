using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// Does a check's time grow linearly with its input, even for text written to be slow? Each case
/// repeats the trigger words of one rule (a verb of speech, a statement marker) from 1 KB to 1 MB,
/// so a thousand times the text should take about a thousand times as long.
/// </summary>
/// <remarks>
/// The sizes can be narrowed with the environment variable <c>EMPATHY_SCALING_KB</c> (for example
/// <c>1,10</c>), which is how the figures of code that was still superlinear were taken.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class InsightScalingBenchmarks
{
    private string _text = "";
    private ObservationCheck _english = null!;
    private ObservationCheck _spanish = null!;
    private MessageCheck _message = null!;

    /// <summary>The input size in kilobytes (1,000 characters).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Kilobytes { get; set; }

    /// <summary>The adversarial input.</summary>
    [Params("said", "he said you always", "dijo", "you never x")]
    public string Repeated { get; set; } = "";

    /// <summary>1 KB and 1 MB, or the sizes named in <c>EMPATHY_SCALING_KB</c>.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("EMPATHY_SCALING_KB") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(int.Parse)
            : [1, 1000];

    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
    }

    [GlobalSetup]
    public void Setup()
    {
        var unit = Repeated + " ";
        var text = new StringBuilder(Kilobytes * 1000 + unit.Length);
        while (text.Length < Kilobytes * 1000)
        {
            text.Append(unit);
        }

        _text = text.ToString(0, Kilobytes * 1000);
        _english = new ObservationCheck();
        _spanish = new ObservationCheck(new InsightOptions { Language = "es" });
        _message = new MessageCheck();
    }

    /// <summary>The check the input is aimed at: the message check for "you never", the observation check (in the input's language) otherwise.</summary>
    [Benchmark]
    public int Check() => Repeated switch
    {
        "you never x" => _message.Check(_text).Findings.Count,
        "dijo" => _spanish.Check(_text).Findings.Count,
        _ => _english.Check(_text).Findings.Count,
    };
}
