using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Empathy.Core.Critic;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Journal;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// Does grouping automatic thoughts into core-thought themes grow linearly? Ten times the entries
/// should take about ten times the time, and allocate no more than ten times the memory.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CoreThoughtScalingBenchmarks
{
    private readonly CoreThoughtGrouper _grouper = new();
    private readonly InnerCritic[] _critics = [new InnerCritic { Name = "the heckler", TypicalPhrases = ["not good enough", "a failure"] }];
    private JournalEntry[] _entries = [];

    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(5)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
    }

    [Params(100_000, 1_000_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup() => _entries = SyntheticJournal.Entries(Entries);

    [Benchmark]
    public int Group() => _grouper.Group(_entries, _critics).Themes.Count;
}
