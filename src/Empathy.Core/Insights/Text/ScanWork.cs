namespace Empathy.Core.Insights.Text;

/// <summary>
/// Counts the steps a check takes on this thread (trie nodes walked, matches compared, tokens stepped
/// over), so tests can assert that the work grows linearly with the input without timing anything.
/// </summary>
/// <remarks>
/// Each part of a check counts in a local and adds its total once. Nothing is counted until the first
/// <see cref="Reset"/> (on any thread: the tests that count work call it first), so until then a check
/// pays one static read per part and no thread-static access, and it allocates nothing either way.
/// </remarks>
internal static class ScanWork
{
    [ThreadStatic]
    private static long t_steps;

    private static bool s_counting;

    /// <summary>The steps counted on this thread since the last <see cref="Reset"/>.</summary>
    public static long Steps => t_steps;

    public static void Add(long steps)
    {
        if (s_counting)
        {
            t_steps += steps;
        }
    }

    /// <summary>Starts counting (on every thread), and counts this thread's steps from zero.</summary>
    public static void Reset()
    {
        s_counting = true;
        t_steps = 0;
    }
}
