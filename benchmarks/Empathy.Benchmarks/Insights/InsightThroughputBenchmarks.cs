using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Observations;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// How fast does the observation check read a 10 MB journal, next to what a user would write by
/// hand: one compiled, case-insensitive <see cref="Regex"/> alternation over the same word lists?
/// </summary>
/// <remarks>
/// The baseline is given every advantage: it only counts matches (no findings, no exceptions, no
/// quotes, no contractions), and its alternatives are the check's own phrases, already expanded.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class InsightThroughputBenchmarks
{
    /// <summary>The corpus size: 10 MB of journal text.</summary>
    public const int CorpusCharacters = 10_000_000;

    private string[] _texts = [];
    private Regex _baseline = null!;
    private ObservationCheck _observation = null!;
    private CrisisDetector _crisis = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One operation reads the whole corpus (the baseline needs about a minute for it on the
            // shared 2-core machine), so one warm-up and three single-invocation iterations.
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
            var megabytes = Encoding.UTF8.GetByteCount(string.Concat(SyntheticJournal.Texts(CorpusCharacters))) / 1e6;
            AddColumn(new ThroughputColumn(megabytes));
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = SyntheticJournal.Texts(CorpusCharacters);
        _observation = new ObservationCheck();
        _crisis = new CrisisDetector();

        // The same word lists, written the way a user would: every phrase of the observation rules and
        // of the crisis rules the check also runs, a word class as a nested alternation, "*" as an
        // optional word, all in one compiled, case-insensitive alternation.
        _baseline = new Regex(LexiconBaselines.RegexPattern(LexiconStore.Document("en")), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [Benchmark(Baseline = true, Description = "Regex alternation (count matches)")]
    public int RegexBaseline()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            foreach (var match in _baseline.EnumerateMatches(text))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "ObservationCheck (findings)")]
    public int ObservationCheck()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += _observation.Check(text).Findings.Count;
        }

        return count;
    }

    [Benchmark(Description = "CrisisDetector (signals)")]
    public int CrisisDetector()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            if (_crisis.Detect(text) is not null)
            {
                count++;
            }
        }

        return count;
    }
}
