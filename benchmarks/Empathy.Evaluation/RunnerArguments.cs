using System.Globalization;

namespace Empathy.Evaluation;

/// <summary>The runner's command line: <c>[--data DIR] [--errors N] [--format text|json] [--digest] [--help]</c>.</summary>
internal sealed record RunnerArguments
{
    public const string Usage = """
        empathy-evaluation: scores the Insights checks on labelled public data (label<TAB>text files).

        usage: dotnet run --project benchmarks/Empathy.Evaluation -c Release -- [options]

          --data DIR        the data folder (default: shared/insights-data beside the repository root,
                            i.e. ../shared/insights-data, or beside one of the root's parents)
          --errors N        also list, per file, the worst N misses and the worst N false alarms with
                            the rules that fired (misses of the weakest subtype first, shortest first;
                            false alarms of the rule with the most false alarms first). Default 0.
          --format FORMAT   text (default) or json
          --digest          instead of scoring, print one SHA-256 per file and one over all files of
                            everything every check reports on every text (findings with rule, kind,
                            span and phrase; crisis mentions with their scope; reply evidence and
                            dismissive flag; message suggestion). Equal digests: no finding changed.
          --help            this text

        Every *.tsv file of the folder is read; its name's prefix (observation_, message_, reply_,
        crisis_) selects the check. The data is read at run time only and never copied anywhere.
        """;

    public string? DataFolder { get; init; }

    public int Errors { get; init; }

    public bool Json { get; init; }

    /// <summary>Print the findings' digest (<see cref="Digest.FindingDigest"/>) instead of the scores.</summary>
    public bool Digest { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses the arguments.</summary>
    /// <exception cref="ArgumentException">An unknown option, a missing value or a bad value; the message says what is allowed.</exception>
    public static RunnerArguments Parse(IReadOnlyList<string> args)
    {
        var result = new RunnerArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            switch (option)
            {
                case "--help" or "-h":
                    result = result with { Help = true };
                    break;
                case "--digest":
                    result = result with { Digest = true };
                    break;
                case "--data":
                    result = result with { DataFolder = Value(args, ref i, option) };
                    break;
                case "--errors":
                    var count = Value(args, ref i, option);
                    if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var errors))
                    {
                        throw new ArgumentException($"--errors takes a whole number of 0 or more, not '{count}'.");
                    }

                    result = result with { Errors = errors };
                    break;
                case "--format":
                    var format = Value(args, ref i, option);
                    result = format switch
                    {
                        "text" => result with { Json = false },
                        "json" => result with { Json = true },
                        _ => throw new ArgumentException($"--format is 'text' or 'json', not '{format}'."),
                    };
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{option}'; the options are --data DIR, --errors N, --format text|json, --digest and --help.");
            }
        }

        return result;
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{option} needs a value.");
        }

        return args[++i];
    }
}
