using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Text;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// Issue 16 §7: the observation check beside the baselines a .NET engineer would actually write, on
/// the same 1 MB slice of the synthetic journal (or on the public data's texts, see <see cref="BenchmarkTexts"/>): the phrase alternation with
/// <see cref="RegexOptions.NonBacktracking"/>, a <see cref="SearchValues{T}"/> count of every expanded
/// phrase, a hand-written <see cref="FrozenSet{T}"/> n-gram matcher, the project's tokenizer alone,
/// and a span loop that only counts words (the floor: the text read once).
/// </summary>
/// <remarks>
/// Every baseline only counts; the check also builds findings, applies exceptions, skips quoted and
/// reported speech, expands contractions and text-speak and reads crisis scope. The NonBacktracking
/// engine refuses a pattern this size under its default automata limit, so the limit is raised through
/// the <c>REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE</c> AppContext switch before the regex is built.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class InsightBaselineBenchmarks
{
    /// <summary>The slice: 1 MB of journal text.</summary>
    public const int SliceCharacters = 1_000_000;

    private string[] _texts = [];
    private ObservationCheck _observation = null!;
    private Regex _nonBacktracking = null!;
    private SearchValues<string> _searchValues = null!;
    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ngrams;
    private int _longestPhraseWords;
    private Tokenizer _tokenizer = null!;
    private Token[] _tokens = [];

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: the generated boilerplate project takes longer than BenchmarkDotNet's build
            // timeout to build on the shared machine, and every method here runs in the same process anyway.
            // A longer in-process timeout than the default: under a load average of 40 and more, one CpuTime
            // benchmark took longer than the default allows and the run was aborted.
            var job = Job.ShortRun.WithIterationCount(15).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true));
            AddJob(job.WithId("WallClock"));
            if (OperatingSystem.IsLinux())
            {
                // The process's CPU time as well (see WallAndCpuTimeJobs): on the shared machine other
                // processes' load moves the wall-clock figures far more than the code does.
                AddJob(job.WithClock(new ProcessCpuClock()).WithId("CpuTime"));
            }

            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob);
            var megabytes = Encoding.UTF8.GetByteCount(string.Concat(BenchmarkTexts.Load())) / 1e6;
            AddColumn(new ThroughputColumn(megabytes));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkTexts.Load();
        _observation = new ObservationCheck();
        var lexicon = LexiconStore.Document("en");

        AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 10_000_000);
        _nonBacktracking = new Regex(LexiconBaselines.RegexPattern(lexicon), RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var literals = LexiconBaselines.Literals(lexicon);
        _searchValues = SearchValues.Create(literals, StringComparison.OrdinalIgnoreCase);
        _ngrams = literals.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _longestPhraseWords = literals.Max(l => l.Count(c => c == ' ') + 1);

        _tokenizer = LexiconStore.Default("en").Tokenizer;
        _tokens = new Token[Tokenizer.MaxTokens(_texts.Max(t => t.Length))];
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

    [Benchmark(Baseline = true, Description = "Regex NonBacktracking alternation (count)")]
    public int NonBacktrackingRegex()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += _nonBacktracking.Count(text);
        }

        return count;
    }

    [Benchmark(Description = "SearchValues<string> OrdinalIgnoreCase (count)")]
    public int SearchValuesCount()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            var rest = text.AsSpan();
            int at;
            while ((at = rest.IndexOfAny(_searchValues)) >= 0)
            {
                count++;
                rest = rest[(at + 1)..];
            }
        }

        return count;
    }

    [Benchmark(Description = "FrozenSet n-gram matcher (count)")]
    public int FrozenSetNGrams()
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[512];
        var count = 0;
        foreach (var text in _texts)
        {
            var span = text.AsSpan();
            var n = 0;
            for (var i = 0; i < span.Length && n < words.Length;)
            {
                if (!char.IsLetterOrDigit(span[i]) && span[i] != '\'')
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] == '\''))
                {
                    i++;
                }

                words[n++] = (start, i);
            }

            // Every run of up to the longest phrase's words, joined as written (a single space in this corpus).
            for (var w = 0; w < n; w++)
            {
                for (var k = w; k < n && k - w < _longestPhraseWords; k++)
                {
                    if (k > w && words[k].Start != words[k - 1].End + 1)
                    {
                        break; // punctuation or more than one space: no phrase crosses it
                    }

                    if (_ngrams.Contains(span[words[w].Start..words[k].End]))
                    {
                        count++;
                    }
                }
            }
        }

        return count;
    }

    [Benchmark(Description = "Tokenizer alone")]
    public int TokenizerAlone()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += _tokenizer.Tokenize(text, _tokens);
        }

        return count;
    }

    [Benchmark(Description = "Span word count (floor)")]
    public int WordCountFloor()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            var inWord = false;
            foreach (var c in text)
            {
                var word = char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c));
                count += word && !inWord ? 1 : 0;
                inWord = word;
            }
        }

        return count;
    }
}
