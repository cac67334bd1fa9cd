namespace Empathy.Core.Insights.Text;

/// <summary>
/// Counts the steps a check takes on this thread (trie nodes walked, matches compared, tokens stepped
/// over), so tests can assert that the work grows linearly with the input without timing anything.
/// </summary>
/// <remarks>
/// Each part of a check counts in a local and adds its total once, so counting costs one
/// thread-static write per part and allocates nothing.
/// </remarks>
internal static class ScanWork
{
    [ThreadStatic]
    private static long t_steps;

    /// <summary>The steps counted on this thread since the last <see cref="Reset"/>.</summary>
    public static long Steps => t_steps;

    public static void Add(long steps) => t_steps += steps;

    public static void Reset() => t_steps = 0;
}
