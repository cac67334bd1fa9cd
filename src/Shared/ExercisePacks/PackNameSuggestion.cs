using System;
using System.Collections.Generic;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// Finds the property an unknown one was probably meant to be, so that EMP0012 can say
/// "did you mean 'prompt'?" for <c>promt</c>. A name is near when it differs only in letter case, or
/// when a few letters are added, dropped, changed or two side by side swapped: one for a known name of
/// three to five letters, two for a longer one. A name of one or two letters is only matched by case,
/// since almost any short name is one letter away from <c>id</c>.
/// </summary>
internal static class PackNameSuggestion
{
    /// <summary>
    /// The nearest of <paramref name="allowed"/> to <paramref name="written"/>, leaving out the names the
    /// object already has (<paramref name="present"/>), or <see langword="null"/> when none is near. On a
    /// tie, the one listed first wins.
    /// </summary>
    public static string? Nearest(string written, string[] allowed, ICollection<string> present)
    {
        var folded = written.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in allowed)
        {
            if (present.Contains(known))
            {
                continue;
            }

            var distance = Distance(folded, known.ToLowerInvariant());
            if (distance <= MostEditsFor(known) && distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The EMP0012 message's last part: the suggestion, or nothing.</summary>
    public static string Sentence(string? nearest) => nearest is null ? string.Empty : $"; did you mean '{nearest}'?";

    private static int MostEditsFor(string known) => known.Length switch
    {
        < 3 => 0,
        < 6 => 1,
        _ => 2,
    };

    /// <summary>
    /// Edits from <paramref name="a"/> to <paramref name="b"/>: letters inserted, deleted or replaced,
    /// and two neighbouring letters swapped counted as one (a swap is the most common slip of the fingers).
    /// </summary>
    private static int Distance(string a, string b)
    {
        // Three rows of the usual table are enough: the swap looks two rows back.
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
