using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Text;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// Where the observation check's time goes, on the slice <see cref="InsightBaselineBenchmarks"/> measures
/// it on: the tokenizer alone, the trie scan alone on tokens read beforehand, the scan with marking
/// reported speech and resolving, and the whole check. The differences between rows are the parts:
/// the whole check minus the tokenizer and the scan with resolving is reading findings and building
/// results.
/// </summary>
/// <remarks>
/// The scan rows read every text's tokens from an array of its own, made in the setup (with reported
/// speech marked once, which marking again leaves as it is), so they leave the tokenizer out; the check
/// reads its tokens from one buffer a thread keeps, still in cache from the tokenizer. So the parts add up
/// to a little less than the whole check: the difference is what reading tokens back from memory costs
/// the scan rows, less what it costs the check.
/// </remarks>
[Config(typeof(Config))]
public class InsightPartsBenchmarks
{
    // The roles the observation check reads results from (see ObservationCheck's scanner).
    private static readonly uint ResultRoles = MatchList.RoleBit(RuleRole.Finding) | MatchList.RoleBit(RuleRole.Crisis);

    private string[] _texts = [];
    private Token[][] _tokens = [];
    private Token[] _buffer = [];
    private RawMatch[] _matches = [];
    private int[] _starts = [];
    private Tokenizer _tokenizer = null!;
    private Matcher _matcher = null!;
    private ObservationCheck _observation = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // As InsightBaselineBenchmarks: in process, with the process's CPU time beside the wall clock.
            var job = Job.ShortRun.WithIterationCount(15).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true));
            AddJob(job.WithId("WallClock"));
            if (OperatingSystem.IsLinux())
            {
                AddJob(job.WithClock(new ProcessCpuClock()).WithId("CpuTime"));
            }

            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob);
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkTexts.Load();
        var lexicon = LexiconStore.Default("en");
        _tokenizer = lexicon.Tokenizer;
        _matcher = lexicon.Observation!.Matcher;
        _observation = new ObservationCheck();

        var longest = Tokenizer.MaxTokens(_texts.Max(t => t.Length));
        _buffer = new Token[longest];
        _starts = new int[ScanBuffers.StartsBlock];
        _matches = new RawMatch[longest * 8];
        _tokens = new Token[_texts.Length][];
        for (var t = 0; t < _texts.Length; t++)
        {
            var tokens = _buffer.AsSpan(0, _tokenizer.Tokenize(_texts[t], _buffer)).ToArray();
            var matches = new MatchList(_matches);
            _matcher.Scan(tokens, ref matches, _starts);
            MatchResolver.MarkReportedSpeech(matches.Items, tokens);
            matches.Dispose();
            _tokens[t] = tokens;
        }
    }

    [Benchmark(Baseline = true, Description = "Tokenizer alone")]
    public int Tokenize()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += _tokenizer.Tokenize(text, _buffer);
        }

        return count;
    }

    [Benchmark(Description = "Scan (tokens read before)")]
    public int Scan()
    {
        var count = 0;
        foreach (var tokens in _tokens)
        {
            var matches = new MatchList(_matches);
            _matcher.Scan(tokens, ref matches, _starts);
            count += matches.Count;
            matches.Dispose();
        }

        return count;
    }

    [Benchmark(Description = "Scan, reported speech, resolve (tokens read before)")]
    public int ScanAndResolve()
    {
        var count = 0;
        foreach (var tokens in _tokens)
        {
            var matches = new MatchList(_matches);
            _matcher.Scan(tokens, ref matches, _starts);

            // As the check: a text with no finding or crisis match is not resolved.
            if ((matches.Roles & ResultRoles) == 0)
            {
                matches.Dispose();
                continue;
            }

            if (matches.Holds(RuleRole.ReportedSpeech))
            {
                MatchResolver.MarkReportedSpeech(matches.Items, tokens);
            }

            MatchResolver.Resolve(matches.Items, tokens, _matcher, skipQuoted: true, matches.HoldsException);
            count += matches.Count;
            matches.Dispose();
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
}
