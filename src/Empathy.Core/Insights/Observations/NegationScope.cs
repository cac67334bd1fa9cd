using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Observations;

/// <summary>
/// Whether a finding is negated: a negation word of the lexicon's scope ("not", "never", and the
/// "n't" of a contraction) stands at most <see cref="Reach"/> words before the phrase in its clause.
/// "He is not lazy", "I don't think she hates me", "it was never a disaster" state no verdict.
/// </summary>
/// <remarks>
/// A heuristic, bounded to a few words so a check stays linear. A negation that belongs to another
/// verb ("I can't believe how rude he was") still counts, so such a finding is missed; a negation
/// further back ("I don't know why I keep thinking everyone hates me") does not.
/// </remarks>
internal static class NegationScope
{
    /// <summary>How many words before a phrase a negation word may stand.</summary>
    public const int Reach = 3;

    public static bool IsNegated(in ScanView view, in RawMatch match, ScopeWords words)
    {
        var tokens = view.Tokens;
        for (var k = match.First - 1; k >= Math.Max(0, match.First - Reach); k--)
        {
            if (tokens[k + 1].Has(TokenFlags.BreakBefore))
            {
                return false; // punctuation ends the clause before the phrase
            }

            if (words.Of(tokens[k].Id) == ScopeWord.Negation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The standing matches of a role that are not negated, as findings in text order; empty (and not allocated) when there are none.</summary>
    public static InsightFinding[] Findings(in ScanView view, RuleRole role, ScopeWords words)
    {
        var count = 0;
        foreach (ref readonly var match in view.Matches)
        {
            if (view.Stands(match, role) && !IsNegated(view, match, words))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var findings = new InsightFinding[count];
        var i = 0;
        foreach (ref readonly var match in view.Matches)
        {
            if (view.Stands(match, role) && !IsNegated(view, match, words))
            {
                findings[i++] = view.Finding(match);
            }
        }

        return findings;
    }
}
