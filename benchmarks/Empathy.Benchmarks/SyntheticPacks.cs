using System.Globalization;
using System.Text;

namespace Empathy.Benchmarks;

/// <summary>
/// Synthetic exercise packs of a chosen size for the pack benchmarks: every step kind in turn, all
/// texts distinct. <c>Packs/bench.exercises.json</c> is <see cref="Pack"/>(0) written to disk, so the
/// compiled-in and runtime-loaded benchmarks read the same pack.
/// </summary>
public static class SyntheticPacks
{
    public const int PackCount = 20;
    public const int ExercisesPerPack = 50;
    public const int StepsPerExercise = 5;

    public static string Pack(int pack, string titleSuffix = "")
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{{\n  \"pack\": \"bench-{pack}\",\n  \"namespace\": \"Empathy.Benchmarks.Packs.P{pack}\",\n  \"title\": \"Benchmark pack {pack}{titleSuffix}\",\n  \"version\": \"1.0.0\",\n  \"exercises\": [\n");
        for (var e = 0; e < ExercisesPerPack; e++)
        {
            json.Append(CultureInfo.InvariantCulture, $"    {{\n      \"id\": \"exercise-{e}\",\n      \"title\": \"Exercise {e} of pack {pack}\",\n      \"summary\": \"What exercise {e} is for, in one sentence.\",\n      \"components\": [\"cognitive\", \"concern\"],\n      \"minutes\": {1 + (e % 9)},\n      \"steps\": [\n");
            for (var s = 0; s < StepsPerExercise; s++)
            {
                var step = (s % 5) switch
                {
                    0 => $"\"kind\": \"text\", \"prompt\": \"Write about {e}-{s}.\", \"required\": true",
                    1 => $"\"kind\": \"choice\", \"prompt\": \"Choose for {e}-{s}.\", \"options\": [\"calm\", \"tense\", \"tired\"], \"multiple\": true",
                    2 => $"\"kind\": \"scale\", \"prompt\": \"Rate {e}-{s}.\", \"min\": 0, \"max\": 10",
                    3 => $"\"kind\": \"timer\", \"prompt\": \"Pause for {e}-{s}.\", \"seconds\": 30",
                    _ => $"\"kind\": \"info\", \"prompt\": \"Read {e}-{s}.\", \"hint\": \"Slowly.\"",
                };
                json.Append(CultureInfo.InvariantCulture, $"        {{ \"id\": \"step-{s}\", {step} }}{(s < StepsPerExercise - 1 ? "," : "")}\n");
            }

            json.Append(CultureInfo.InvariantCulture, $"      ]\n    }}{(e < ExercisesPerPack - 1 ? "," : "")}\n");
        }

        return json.Append("  ]\n}\n").ToString();
    }
}
