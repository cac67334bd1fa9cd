namespace Empathy.Benchmarks.Insights;

/// <summary>
/// The texts the baseline and parts benchmarks read: the 1 MB slice of the synthetic journal, or, when
/// <see cref="PublicDataVariable"/> names the public data folder (<c>../shared/insights-data</c>), every
/// text of its <c>*.tsv</c> files: real people's writing, read at run time and never copied anywhere
/// (its licenses forbid it).
/// </summary>
/// <remarks>
/// The synthetic journal is made of the lexicon's own words and repeats its templates; real text shows
/// what the check and the baselines cost on writing that does neither (docs/benchmarks.md, run 8).
/// </remarks>
internal static class BenchmarkTexts
{
    /// <summary>The variable that names the public data folder.</summary>
    public const string PublicDataVariable = "EMPATHY_INSIGHTS_DATA";

    /// <summary>The texts: the public data's when <see cref="PublicDataVariable"/> is set, else the synthetic slice.</summary>
    /// <exception cref="DirectoryNotFoundException">The variable names a folder that does not exist or holds no <c>*.tsv</c> file.</exception>
    public static string[] Load()
    {
        var folder = Environment.GetEnvironmentVariable(PublicDataVariable);
        return string.IsNullOrEmpty(folder) ? SyntheticJournal.Texts(InsightBaselineBenchmarks.SliceCharacters) : PublicTexts(folder);
    }

    // Every item's text (the column after the label's tab), file by file in name order.
    private static string[] PublicTexts(string folder)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            throw new DirectoryNotFoundException($"{PublicDataVariable} is '{folder}', which holds no *.tsv file of the public data (label<TAB>text lines).");
        }

        return [.. files.SelectMany(File.ReadLines).Select(line => line[(line.IndexOf('\t') + 1)..]).Where(text => text.Length > 0)];
    }
}
